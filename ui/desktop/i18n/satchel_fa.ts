<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>%n incident row(s) would leave the desk.</source>
        <translation>
            <numerusform>%n ردیف رویداد از میز دریافت بیرون می‌رود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts preview</source>
        <translation>پیش‌نمایش هشدارها</translation>
    </message>
    <message>
        <source>Alerts result</source>
        <translation>نتیجهٔ هشدارها</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV and JSON…</source>
        <translation>برون‌بری CSV و JSON…</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>برون‌بری هشدارها</translation>
    </message>
    <message>
        <source>Export the alerts as CSV and JSON</source>
        <translation>برون‌بری هشدارها به صورت CSV و JSON</translation>
    </message>
    <message>
        <source>Only incidents since</source>
        <translation>فقط رویدادهای پس از</translation>
    </message>
    <message>
        <source>Only incidents since a date</source>
        <translation>فقط رویدادهای پس از یک تاریخ</translation>
    </message>
    <message>
        <source>Only what is below leaves the desk: kind, date, region and country, service, verification and a count. No names, no report text, no device.</source>
        <translation>فقط آنچه در زیر می‌بینید از میز دریافت بیرون می‌رود: نوع، تاریخ، منطقه و کشور، سرویس، راستی‌آزمایی و یک شمارش. نه نامی، نه متن گزارشی، نه دستگاهی.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Preview what leaves the desk</source>
        <translation>پیش‌نمایش آنچه از میز دریافت بیرون می‌رود</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>What leaves the desk</source>
        <translation>آنچه از میز دریافت بیرون می‌رود</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>%1 و %2 نوشته شدند.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Hidden information</source>
        <translation>اطلاعات پنهان</translation>
    </message>
</context>
<context>
    <name>AttachmentPane</name>
    <message>
        <source>About the preview</source>
        <translation>دربارهٔ پیش‌نمایش</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>پیش‌نمایش پیوست</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Choose where to save a copy</source>
        <translation>جای ذخیرهٔ رونوشت را انتخاب کنید</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>پیش‌نمایش PDF</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>ذخیرهٔ رونوشتی از پیوست</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ رونوشت…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>رونوشت با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Shown from memory; checked against the signed hash.</source>
        <translation>از حافظه نمایش داده شده؛ با هش امضاشده مقایسه شده است.</translation>
    </message>
    <message>
        <source>This file cannot be shown inside Satchel. Use &quot;Save a copy&quot; to open it with another program.</source>
        <translation>این پرونده را نمی‌توان درون Satchel نمایش داد. با «ذخیرهٔ رونوشت» آن را در برنامهٔ دیگری باز کنید.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Drop files here, or paste them.</source>
        <translation>پرونده‌ها را اینجا رها کنید یا بچسبانید.</translation>
    </message>
    <message>
        <source>Save the picture as a file first, then add the file.</source>
        <translation>اول تصویر را به صورت پرونده ذخیره کنید، بعد پرونده را اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>Connect to Tor directly. Best where Tor is not blocked.</source>
        <translation>اتصال مستقیم به تور. بهترین گزینه جایی که تور مسدود نیست.</translation>
    </message>
    <message>
        <source>No bridge</source>
        <translation>بدون پل</translation>
    </message>
    <message>
        <source>Use the bridge lines someone gave you.</source>
        <translation>از خط‌های پلی که کسی به شما داده استفاده کنید.</translation>
    </message>
    <message>
        <source>my own bridges</source>
        <translation>پل‌های خودم</translation>
    </message>
    <message>
        <source>{bridge}: looks like a video call.</source>
        <translation>پل {bridge} شبیه تماس تصویری است.</translation>
    </message>
    <message>
        <source>{bridge}: looks like visiting a big website. It is slow.</source>
        <translation>پل {bridge} شبیه بازدید از یک وب‌سایت بزرگ است. کند است.</translation>
    </message>
    <message>
        <source>{bridge}: makes the connection look like random noise. Needs bridge lines from someone you trust.</source>
        <translation>پل {bridge} اتصال را شبیه نویز تصادفی می‌کند. به خط‌های پل از کسی که به او اعتماد دارید نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>BridgeChooser</name>
    <message>
        <source>About this bridge</source>
        <translation>دربارهٔ این پل</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>پل</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>خط‌های پل</translation>
    </message>
    <message>
        <source>Bridge lines:</source>
        <translation>خط‌های پل:</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>پل:</translation>
    </message>
    <message>
        <source>One bridge line on each line</source>
        <translation>در هر خط یک خط پل</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>A name you will recognise, e.g. a code name</source>
        <translation>نامی که آن را بشناسید، مثلاً یک نام رمز</translation>
    </message>
    <message>
        <source>Ask the reporter to read out the fingerprint their device shows, or compare it in person. Trust this device only if every group matches.</source>
        <translation>از گزارشگر بخواهید اثر انگشتی را که دستگاهش نشان می‌دهد بلند بخواند، یا حضوری مقایسه کنید. فقط اگر همهٔ گروه‌ها یکسان بودند به این دستگاه اعتماد کنید.</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>اثر انگشت را مقایسه کنید</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Confirm, the fingerprints match</source>
        <translation>تأیید، اثر انگشت‌ها یکسان‌اند</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>نام دستگاه</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>Discard, change nothing</source>
        <translation>کنار بگذار، چیزی تغییر نکند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Revoking marks every submission this device signs from now on as failed. Check that this is the device you mean.</source>
        <translation>با لغو اعتماد، هر گزارشی که این دستگاه از این پس امضا کند ناموفق شمرده می‌شود. مطمئن شوید این همان دستگاهی است که منظورتان است.</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>آنچه باید مقایسه شود</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Connected through Tor</source>
        <translation>از طریق تور متصل است</translation>
    </message>
    <message>
        <source>Connected through Tor, via {bridge}</source>
        <translation>از طریق تور متصل است، با {bridge}</translation>
    </message>
    <message>
        <source>Connecting has stopped moving. Tor may be blocked here: try a bridge.</source>
        <translation>اتصال پیش نمی‌رود. شاید تور اینجا مسدود باشد: یک پل را امتحان کنید.</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>در حال اتصال به تور…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>متصل نیست.</translation>
    </message>
    <message>
        <source>Satchel could not connect.</source>
        <translation>Satchel نتوانست متصل شود.</translation>
    </message>
    <message>
        <source>The bridge did not answer. Try another bridge, or another kind of bridge.</source>
        <translation>پل پاسخ نداد. پل دیگری یا نوع دیگری از پل را امتحان کنید.</translation>
    </message>
    <message>
        <source>This computer is not connected to the Internet. Your reports are safe here; Satchel sends them once it is.</source>
        <translation>این رایانه به اینترنت وصل نیست. گزارش‌های شما اینجا امن هستند؛ Satchel وقتی وصل شد آن‌ها را می‌فرستد.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the right date, time and time zone, then connect again.</source>
        <translation>ساعت این رایانه درست نیست. تاریخ، ساعت و منطقهٔ زمانی درست را تنظیم کنید و دوباره وصل شوید.</translation>
    </message>
    <message>
        <source>Tor seems blocked here — try a bridge.</source>
        <translation>به نظر می‌رسد تور اینجا مسدود است — یک پل را امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>لغو اتصال</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connecting progress</source>
        <translation>پیشرفت اتصال</translation>
    </message>
    <message>
        <source>Connecting step</source>
        <translation>مرحلهٔ اتصال</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>وضعیت اتصال</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Sending over Tor is not available in this version yet; save your reports to a stick instead.</source>
        <translation>ارسال از طریق تور هنوز در این نسخه در دسترس نیست؛ به جای آن گزارش‌ها را روی حافظهٔ USB ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>CourierWorkspace</name>
    <message>
        <source>About carrying</source>
        <translation>دربارهٔ جابه‌جایی</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>پیک</translation>
    </message>
    <message>
        <source>Everything you carry is sealed: you cannot read it, and nobody can read it from you. Pass it on by stick or upload it when you have a connection; receipts travel back the same way so senders can erase their copies.</source>
        <translation>هر چه جابه‌جا می‌کنید مهر و موم شده است: نه شما می‌توانید آن را بخوانید و نه کسی می‌تواند آن را از شما بخواند. آن را با حافظهٔ USB برسانید یا وقتی اتصال دارید بارگذاری کنید؛ رسیدها از همین راه برمی‌گردند تا فرستندگان نسخه‌های خود را پاک کنند.</translation>
    </message>
    <message>
        <source>What you carry</source>
        <translation>آنچه جابه‌جا می‌کنید</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>میز کار</translation>
    </message>
    <message numerus="yes">
        <source>You carry %n item(s), %1 in all.</source>
        <translation>
            <numerusform>%n مورد جابه‌جا می‌کنید، روی هم %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You carry nothing at the moment.</source>
        <translation>در حال حاضر چیزی جابه‌جا نمی‌کنید.</translation>
    </message>
</context>
<context>
    <name>DeleteCountdown</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel the deletion</source>
        <translation>لغو حذف</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>در حال حذف</translation>
    </message>
    <message numerus="yes">
        <source>This report will be erased in %n second(s).</source>
        <translation>
            <numerusform>این گزارش تا %n ثانیهٔ دیگر پاک می‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>A throwaway coalition made for this demo: nothing here is real or private. It lives in %1; its passphrase is “%2”.</source>
        <translation>ائتلافی یک‌بارمصرف که برای این نمایش ساخته شده: هیچ چیز اینجا واقعی یا خصوصی نیست. در %1 است؛ گذرواژه‌اش «%2» است.</translation>
    </message>
    <message>
        <source>About this demo</source>
        <translation>دربارهٔ این نمایش</translation>
    </message>
    <message>
        <source>Carry the stick to the desk</source>
        <translation>حافظهٔ USB را به میز دریافت ببر</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>نمایشی</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>How the demo is connected</source>
        <translation>نمایش چگونه متصل است</translation>
    </message>
    <message>
        <source>Private Tor network starting</source>
        <translation>شبکهٔ خصوصی تور در حال راه‌اندازی</translation>
    </message>
    <message>
        <source>Saves the reporter&apos;s sealed reports to a stick in the demo folder, then imports that stick at the desk, as a courier would</source>
        <translation>گزارش‌های مهر و موم شدهٔ گزارشگر را روی یک حافظهٔ USB در پوشهٔ نمایش ذخیره می‌کند، سپس آن را در میز دریافت درون‌بری می‌کند، همان کاری که یک پیک می‌کند</translation>
    </message>
    <message>
        <source>This is a demonstration</source>
        <translation>این یک نمایش است</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>چه باید کرد</translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Press “Carry the stick to the desk”. 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>۱. در زبانهٔ «گزارشگر» یک گزارش بنویسید (یک عنوان کافی است) و «ارسال» را بزنید. ۲. «حافظهٔ USB را به میز دریافت ببر» را بزنید. ۳. در زبانهٔ «میز دریافت» گزارش می‌رسد و ستون «راستی‌آزمایی» می‌گوید تأیید شده است یا نه.</translation>
    </message>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Watch the Outbox: the report goes over the private Tor network by itself (or press “Carry the stick to the desk”). 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>۱. در زبانهٔ «گزارشگر» یک گزارش بنویسید (یک عنوان کافی است) و «ارسال» را بزنید. ۲. «صندوق خروجی» را ببینید: گزارش خودش از راه شبکهٔ خصوصی تور می‌رود (یا «حافظهٔ USB را به میز دریافت ببر» را بزنید). ۳. در زبانهٔ «میز دریافت» گزارش می‌رسد و ستون «راستی‌آزمایی» می‌گوید تأیید شده است یا نه.</translation>
    </message>
    <message>
        <source>Connected through a private Tor network on this computer; the demo&apos;s inbox is an onion service on it.</source>
        <translation>از راه یک شبکهٔ خصوصی تور روی این رایانه متصل است؛ صندوق ورودی نمایش یک سرویس onion روی آن است.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>میز دریافت</translation>
    </message>
    <message>
        <source>Making the demo coalition…</source>
        <translation>در حال ساختن ائتلاف نمایشی…</translation>
    </message>
    <message>
        <source>Nothing to carry yet: write a report and press Send first.</source>
        <translation>هنوز چیزی برای جابه‌جایی نیست: اول یک گزارش بنویسید و «ارسال» را بزنید.</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>گزارشگر</translation>
    </message>
    <message>
        <source>Reporter or desk</source>
        <translation>گزارشگر یا میز دریافت</translation>
    </message>
    <message>
        <source>Satchel — DEMO</source>
        <translation>Satchel — نمایشی</translation>
    </message>
    <message>
        <source>Saving the reporter&apos;s sealed reports to the stick…</source>
        <translation>در حال ذخیرهٔ گزارش‌های مهر و موم شدهٔ گزارشگر روی حافظهٔ USB…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>در حال آغاز</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer (loopback only; it cannot reach the Internet)…</source>
        <translation>در حال راه‌اندازی یک شبکهٔ خصوصی تور روی این رایانه (فقط داخلی؛ به اینترنت دسترسی ندارد)…</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer…</source>
        <translation>در حال راه‌اندازی یک شبکهٔ خصوصی تور روی این رایانه…</translation>
    </message>
    <message>
        <source>The demo could not be set up: %1</source>
        <translation>نمایش راه‌اندازی نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>The desk received %n submission(s) and checked who signed them and that nothing was altered: see the Verification column.</source>
        <translation>
            <numerusform>میز دریافت %n گزارش دریافت کرد و بررسی کرد چه کسی آن‌ها را امضا کرده و چیزی تغییر نکرده است: ستون «راستی‌آزمایی» را ببینید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inbox has it; the desk is pulling it now. Open the Desk tab.</source>
        <translation>در صندوق ورودی است؛ میز دریافت اکنون آن را دریافت می‌کند. زبانهٔ «میز دریافت» را باز کنید.</translation>
    </message>
    <message>
        <source>The private Tor network did not start (%1); reports can still travel on a stick.</source>
        <translation>شبکهٔ خصوصی تور راه نیفتاد (%1)؛ گزارش‌ها همچنان می‌توانند با حافظهٔ USB جابه‌جا شوند.</translation>
    </message>
    <message>
        <source>The stick is at the desk; importing it…</source>
        <translation>حافظهٔ USB به میز دریافت رسید؛ در حال درون‌بری…</translation>
    </message>
    <message>
        <source>This demo runs without Tor, so it has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>این نمایش بدون تور اجرا می‌شود، پس هیچ مسیر شبکه‌ای ندارد: اصلاً از اتصال استفاده نمی‌کند و گزارش‌ها با حافظهٔ USB جابه‌جا می‌شوند، همان‌طور که پیک می‌برد.</translation>
    </message>
    <message>
        <source>Tor is not installed here, so this demo runs without it and has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>تور اینجا نصب نیست، پس این نمایش بدون آن اجرا می‌شود و هیچ مسیر شبکه‌ای ندارد: اصلاً از اتصال استفاده نمی‌کند و گزارش‌ها با حافظهٔ USB جابه‌جا می‌شوند، همان‌طور که پیک می‌برد.</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>Dismissed</source>
        <translation>کنار گذاشته</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>ناموفق: %1</translation>
    </message>
    <message>
        <source>Failed: signed by a revoked device</source>
        <translation>ناموفق: با دستگاهی امضا شده که اعتمادش لغو شده</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>دستگاه تازه</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>دستگاهِ لغو اعتماد شده</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>هم‌رسانی شده</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>دستگاه مورد اعتماد</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Verified, new device</source>
        <translation>تأییدشده، دستگاه تازه</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>یکی از بررسی‌ها ناموفق بود</translation>
    </message>
</context>
<context>
    <name>DeskWorkspace</name>
    <message>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>میز دریافت</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>جزئیات گزارش رسیده</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>گزارش‌های رسیده</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>میز کار</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Compare the device&apos;s fingerprint with the reporter, then trust it in Devices.</source>
        <translation>اثر انگشت دستگاه را با گزارشگر مقایسه کنید، سپس در «دستگاه‌ها» به آن اعتماد کنید.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>هش‌ها</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>زمان دریافت</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>گیرندگان</translation>
    </message>
    <message>
        <source>Report envelope: %1</source>
        <translation>پاکت گزارش: %1</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>متن گزارش</translation>
    </message>
    <message>
        <source>Report text: %1</source>
        <translation>متن گزارش: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>مهر و موم شده برای</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>سرویس یا شرکت</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>اثر انگشت امضاکننده</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>دستگاه امضاکننده</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>راستی‌آزمایی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بی‌نام)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>اول یک دستگاه را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>لغو اعتماد به دستگاه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>لغو اعتماد…</translation>
    </message>
    <message>
        <source>Trust the selected device</source>
        <translation>اعتماد به دستگاه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>اعتماد…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Checking the file…</source>
        <translation>در حال بررسی پرونده…</translation>
    </message>
    <message>
        <source>Choose the directory file</source>
        <translation>پروندهٔ فهرست را انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose the directory file…</source>
        <translation>انتخاب پروندهٔ فهرست…</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your coalition gave you, group by group. Only continue if every group is the same.</source>
        <translation>این اثر انگشت را گروه به گروه با اثر انگشتی که ائتلافتان به شما داده مقایسه کنید. فقط اگر همهٔ گروه‌ها یکسان بودند ادامه دهید.</translation>
    </message>
    <message>
        <source>Confirm: the fingerprint matches</source>
        <translation>تأیید: اثر انگشت یکسان است</translation>
    </message>
    <message>
        <source>Confirmed. Satchel will only accept directories signed by this coalition from now on.</source>
        <translation>تأیید شد. از این پس Satchel فقط فهرست‌هایی را می‌پذیرد که این ائتلاف امضا کرده باشد.</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>وضعیت فهرست</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>Discard this directory</source>
        <translation>این فهرست را کنار بگذار</translation>
    </message>
    <message>
        <source>It matches</source>
        <translation>یکسان است</translation>
    </message>
    <message>
        <source>The coalition&apos;s fingerprint:</source>
        <translation>اثر انگشت ائتلاف:</translation>
    </message>
    <message>
        <source>The directory says where reports go. Your coalition gives it to you as a file, on a stick or in person.</source>
        <translation>فهرست می‌گوید گزارش‌ها به کجا می‌روند. ائتلافتان آن را به صورت پرونده، روی حافظهٔ USB یا حضوری به شما می‌دهد.</translation>
    </message>
    <message>
        <source>What to do with the fingerprint</source>
        <translation>با اثر انگشت چه کنم</translation>
    </message>
    <message>
        <source>You can import it later.</source>
        <translation>می‌توانید بعدًا آن را وارد کنید.</translation>
    </message>
    <message>
        <source>Your coalition&apos;s directory</source>
        <translation>فهرست ائتلاف شما</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>About the text size</source>
        <translation>دربارهٔ اندازهٔ متن</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>رنگ‌ها:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Display (also before unlock)</source>
        <translation>نمایش (پیش از باز کردن قفل هم)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>اندازهٔ متن:</translation>
    </message>
    <message>
        <source>The new text size is used from the next time Satchel starts.</source>
        <translation>اندازهٔ تازهٔ متن از دفعهٔ بعد که Satchel باز شود به کار می‌رود.</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>مانند سیستم</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <source>A duress passphrase (optional)</source>
        <translation>گذرواژهٔ اضطرار (اختیاری)</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>دوباره:</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>گذرواژهٔ اضطرار</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>گذرواژهٔ اضطرار دوباره</translation>
    </message>
    <message>
        <source>Duress passphrase hint</source>
        <translation>راهنمای گذرواژهٔ اضطرار</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>گذرواژهٔ اضطرار:</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Satchel, type this passphrase instead. It silently destroys everything in this vault and opens an empty one.</source>
        <translation>اگر کسی شما را مجبور کرد Satchel را باز کنید، به جای گذرواژهٔ اصلی این را بنویسید. بی‌صدا همه چیز این گاوصندوق را نابود می‌کند و یک گاوصندوق خالی باز می‌کند.</translation>
    </message>
    <message>
        <source>It does not help against someone who copied this computer&apos;s disk before, or who knows that Satchel has this feature.</source>
        <translation>در برابر کسی که قبلاً از دیسک این رایانه کپی گرفته یا می‌داند Satchel این قابلیت را دارد کمکی نمی‌کند.</translation>
    </message>
    <message>
        <source>It must differ from your passphrase.</source>
        <translation>باید با گذرواژهٔ اصلی‌تان فرق داشته باشد.</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>تنظیم گذرواژهٔ اضطرار</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>دو گذرواژه هنوز یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>بستن پیام</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost.</source>
        <translation>مشکل غیرمنتظره‌ای پیش آمد؛ چیزی از دست نرفت.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>Choose an empty folder</source>
        <translation>یک پوشهٔ خالی انتخاب کنید</translation>
    </message>
    <message>
        <source>Evidence export progress</source>
        <translation>پیشرفت برون‌بری مدارک</translation>
    </message>
    <message>
        <source>Evidence export result</source>
        <translation>نتیجهٔ برون‌بری مدارک</translation>
    </message>
    <message>
        <source>Evidence written to %1; its README.txt says how to re-check it.</source>
        <translation>مدارک در %1 نوشته شد؛ پروندهٔ README.txt آن می‌گوید چگونه دوباره بررسی‌اش کنید.</translation>
    </message>
    <message>
        <source>Export evidence to a folder</source>
        <translation>برون‌بری مدارک به یک پوشه</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>برون‌بری مدارک…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any check</source>
        <translation>هر نتیجهٔ بررسی</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>هر تاریخی</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>هر دستگاهی</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>هر نوعی</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation>پالایش بر اساس تاریخ دریافت</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>پالایش بر اساس دستگاه</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>پالایش بر اساس نوع</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>پالایش بر اساس وضعیت</translation>
    </message>
    <message>
        <source>Filter by verification</source>
        <translation>پالایش بر اساس راستی‌آزمایی</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>۲۴ ساعت گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>زمان دریافت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تأییدشده</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>ساختن گاوصندوق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Set up Satchel</source>
        <translation>راه‌اندازی Satchel</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>A company&apos;s technology misused for repression</source>
        <translation>فناوری یک شرکت که برای سرکوب به کار رفته</translation>
    </message>
    <message>
        <source>Blocking or filtering of websites and services</source>
        <translation>مسدودسازی یا فیلترینگ وب‌سایت‌ها و خدمات</translation>
    </message>
    <message>
        <source>Hacking of devices or accounts</source>
        <translation>هک دستگاه‌ها یا حساب‌ها</translation>
    </message>
    <message>
        <source>Illicit monitoring or surveillance</source>
        <translation>نظارت یا شنود غیرقانونی</translation>
    </message>
    <message>
        <source>Internet or mobile network shutdown</source>
        <translation>قطع اینترنت یا شبکهٔ تلفن همراه</translation>
    </message>
    <message>
        <source>Intimidation, threats or arrest of network users</source>
        <translation>ارعاب، تهدید یا بازداشت کاربران اینترنت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Destroy everything…</source>
        <translation>نابود کردن همه چیز…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>همین حالا قفل کن</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>The desk connects to Tor when it pulls; use &quot;Pull now&quot; on the Receive tab.</source>
        <translation>میز هنگام دریافت گزارش‌ها به تور وصل می‌شود؛ از «همین حالا دریافت کن» در زبانهٔ دریافت استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>Checking for hidden information…</source>
        <translation>در حال جست‌وجوی اطلاعات پنهان…</translation>
    </message>
    <message>
        <source>Hidden information cannot be removed: {reason}</source>
        <translation>اطلاعات پنهان را نمی‌توان پاک کرد: {reason}</translation>
    </message>
    <message>
        <source>Hidden information kept, as you chose</source>
        <translation>اطلاعات پنهان، به انتخاب شما، نگه داشته شد</translation>
    </message>
    <message>
        <source>Hidden information removed: {what}</source>
        <translation>اطلاعات پنهان پاک شد: {what}</translation>
    </message>
    <message>
        <source>Hidden information was not removed</source>
        <translation>اطلاعات پنهان پاک نشد</translation>
    </message>
    <message>
        <source>Hidden information will be removed: {what}</source>
        <translation>اطلاعات پنهان پاک خواهد شد: {what}</translation>
    </message>
    <message>
        <source>No hidden information found</source>
        <translation>اطلاعات پنهانی پیدا نشد</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy everything</source>
        <translation>نابود کردن همه چیز</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The word to type</source>
        <translation>واژه‌ای که باید بنویسید</translation>
    </message>
    <message>
        <source>This erases every report, attachment and key in Satchel on this computer, for ever. Nothing can bring it back. To go ahead, type the word below.</source>
        <translation>این کار هر گزارش، پیوست و کلیدی را که در Satchel روی این رایانه است برای همیشه پاک می‌کند. هیچ چیز آن را برنمی‌گرداند. برای ادامه، واژهٔ زیر را بنویسید.</translation>
    </message>
    <message>
        <source>Type the word to confirm</source>
        <translation>برای تأیید واژه را بنویسید</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>نابودی</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Again:</source>
        <translation>دوباره:</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>یک گذرواژه انتخاب کنید</translation>
    </message>
    <message>
        <source>It locks everything in this vault. A short sentence only you know is easier to remember and harder to guess.</source>
        <translation>همه چیز این گاوصندوق را قفل می‌کند. یک جملهٔ کوتاه که فقط خودتان می‌دانید آسان‌تر به یاد می‌ماند و سخت‌تر حدس زده می‌شود.</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not the coalition, not the makers of Satchel. If you forget it, everything in this vault is lost.</source>
        <translation>هیچ‌کس نمی‌تواند این گذرواژه را بازیابی کند: نه ائتلاف و نه سازندگان Satchel. اگر فراموشش کنید، همه چیز این گاوصندوق از دست می‌رود.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>گذرواژه دوباره</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>راهنمای گذرواژه</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قدرت گذرواژه</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>قدرت:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>دو گذرواژه هنوز یکسان نیستند.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least 10 characters, or a few words that do not belong together.</source>
        <translation>حدس زدنش خیلی آسان است: دست‌کم ۱۰ نویسه یا چند واژهٔ بی‌ربط به هم به کار ببرید.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوی</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعیف</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Building circuits</source>
        <translation>در حال ساخت مدارها</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل شد</translation>
    </message>
    <message>
        <source>Connecting to a relay</source>
        <translation>در حال اتصال به یک رله</translation>
    </message>
    <message>
        <source>Loading relay information</source>
        <translation>در حال بارگیری اطلاعات رله</translation>
    </message>
    <message>
        <source>Starting Tor</source>
        <translation>در حال راه‌اندازی تور</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>About sticks</source>
        <translation>دربارهٔ حافظه‌های USB</translation>
    </message>
    <message>
        <source>Bring submissions in from a stick; send receipts back on one, so reporters can erase their copies.</source>
        <translation>گزارش‌های رسیده را از حافظهٔ USB وارد کنید و رسیدها را روی یکی برگردانید تا گزارشگران بتوانند نسخه‌های خود را پاک کنند.</translation>
    </message>
    <message>
        <source>By stick</source>
        <translation>با حافظهٔ USB</translation>
    </message>
    <message>
        <source>Export receipts to a stick…</source>
        <translation>برون‌بری رسیدها به حافظهٔ USB…</translation>
    </message>
    <message>
        <source>From the inbox, over Tor</source>
        <translation>از صندوق ورودی، از طریق تور</translation>
    </message>
    <message>
        <source>Pull automatically</source>
        <translation>دریافت خودکار</translation>
    </message>
    <message>
        <source>Pull automatically while this window is open</source>
        <translation>تا وقتی این پنجره باز است خودکار دریافت کن</translation>
    </message>
    <message>
        <source>Pull new submissions from the inbox now</source>
        <translation>همین حالا گزارش‌های تازه را از صندوق ورودی دریافت کن</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>همین حالا دریافت کن</translation>
    </message>
    <message>
        <source>Pull status</source>
        <translation>وضعیت دریافت</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n new item(s).</source>
        <translation>
            <numerusform>%n مورد تازه دریافت شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling from the inbox…</source>
        <translation>در حال دریافت از صندوق ورودی…</translation>
    </message>
    <message>
        <source>Pulling over Tor is not set up in this window; import from a stick instead.</source>
        <translation>دریافت از طریق تور در این پنجره راه‌اندازی نشده است؛ به جای آن از حافظهٔ USB درون‌بری کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n new item(s) so far.</source>
        <translation>
            <numerusform>تا اینجا %n مورد تازه دریافت شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop pulling</source>
        <translation>توقف دریافت</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Add files</source>
        <translation>افزودن پرونده‌ها</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>افزودن پرونده‌ها…</translation>
    </message>
    <message>
        <source>As precise as you feel safe with</source>
        <translation>تا جایی دقیق که احساس امنیت می‌کنید</translation>
    </message>
    <message>
        <source>Delete this report</source>
        <translation>حذف این گزارش</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Keep hidden information in files</source>
        <translation>نگه داشتن اطلاعات پنهان در پرونده‌ها</translation>
    </message>
    <message>
        <source>Keep hidden information in files (not recommended)</source>
        <translation>نگه داشتن اطلاعات پنهان در پرونده‌ها (توصیه نمی‌شود)</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>نوع رویداد</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>New report — it stays on this computer until you send it.</source>
        <translation>گزارش تازه — تا وقتی آن را نفرستید روی همین رایانه می‌ماند.</translation>
    </message>
    <message>
        <source>No real names needed</source>
        <translation>نیازی به نام واقعی نیست</translation>
    </message>
    <message>
        <source>Paste files</source>
        <translation>چسباندن پرونده‌ها</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>افراد آسیب‌دیده</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>افراد:</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>وضعیت گزارش</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>متن گزارش</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیرهٔ پیش‌نویس</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>سرویس یا شرکت</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>سرویس:</translation>
    </message>
    <message>
        <source>Tell what happened.</source>
        <translation>بگویید چه اتفاقی افتاد.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>چه اتفاقی افتاد، در چند کلمه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>کی:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>کجا:</translation>
    </message>
    <message>
        <source>e.g. 3 May, evening</source>
        <translation>مثلاً ۳ مه، عصر</translation>
    </message>
    <message>
        <source>e.g. a mobile operator</source>
        <translation>مثلاً یک اپراتور تلفن همراه</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>زمان نوشتن</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Delivered</source>
        <translation>تحویل شد</translation>
    </message>
    <message>
        <source>Delivered and erased</source>
        <translation>تحویل و پاک شد</translation>
    </message>
    <message>
        <source>Draft — only on this computer</source>
        <translation>پیش‌نویس — فقط روی این رایانه</translation>
    </message>
    <message>
        <source>On a stick — waiting for the receipt</source>
        <translation>روی حافظهٔ USB — در انتظار رسید</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Sending {percent} %</source>
        <translation>در حال ارسال {percent}٪</translation>
    </message>
    <message>
        <source>Waiting for a connection — safe in this vault</source>
        <translation>در انتظار اتصال — در این گاوصندوق امن است</translation>
    </message>
</context>
<context>
    <name>ReporterWorkspace</name>
    <message>
        <source>A report needs a title.</source>
        <translation>گزارش به عنوان نیاز دارد.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>افزودن پرونده‌ها</translation>
    </message>
    <message>
        <source>Choose the stick</source>
        <translation>حافظهٔ USB را انتخاب کنید</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>پیش‌نویس ذخیره شد.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>گزارش تازه</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Report erased.</source>
        <translation>گزارش پاک شد.</translation>
    </message>
    <message>
        <source>Report sealed. Satchel sends it as soon as there is a connection.</source>
        <translation>گزارش مهر و موم شد. Satchel به محض برقراری اتصال آن را می‌فرستد.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Save to a stick</source>
        <translation>ذخیره روی حافظهٔ USB</translation>
    </message>
    <message>
        <source>Save to a stick…</source>
        <translation>ذخیره روی حافظهٔ USB…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>%n مورد روی حافظهٔ USB ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>میز کار</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>چند کلمه دربارهٔ آنچه اتفاق افتاد بنویسید.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>A vault is made for one role. You can make another vault later.</source>
        <translation>هر گاوصندوق برای یک نقش ساخته می‌شود. بعدًا می‌توانید گاوصندوق دیگری بسازید.</translation>
    </message>
    <message>
        <source>Carry sealed reports on a USB stick. You cannot read them.</source>
        <translation>گزارش‌های مهر و موم‌شده را روی حافظهٔ USB جابه‌جا کنید. نمی‌توانید آن‌ها را بخوانید.</translation>
    </message>
    <message>
        <source>I carry reports</source>
        <translation>گزارش‌ها را جابه‌جا می‌کنم</translation>
    </message>
    <message>
        <source>I receive reports for the coalition</source>
        <translation>گزارش‌ها را برای ائتلاف دریافت می‌کنم</translation>
    </message>
    <message>
        <source>I write reports</source>
        <translation>گزارش می‌نویسم</translation>
    </message>
    <message>
        <source>Open, check and sort the reports that arrive.</source>
        <translation>گزارش‌های رسیده را باز کنید، بررسی کنید و مرتب کنید.</translation>
    </message>
    <message>
        <source>Who will use Satchel on this computer?</source>
        <translation>چه کسی روی این رایانه از Satchel استفاده می‌کند؟</translation>
    </message>
    <message>
        <source>Write reports with photos and documents and send them safely.</source>
        <translation>گزارش‌هایی با عکس و سند بنویسید و با امنیت بفرستید.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Back to unlock</source>
        <translation>بازگشت به باز کردن قفل</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>StickPanel</name>
    <message numerus="yes">
        <source>%n item(s) could not be saved; they are still held here. Export again.</source>
        <translation>
            <numerusform>%n مورد ذخیره نشد؛ هنوز اینجا نگه داشته می‌شوند. دوباره برون‌بری کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the stick were damaged or unreadable and were not taken; ask for them to be saved to a stick again.</source>
        <translation>
            <numerusform>%n مورد روی حافظهٔ USB آسیب‌دیده یا ناخوانا بود و برداشته نشد؛ بخواهید دوباره روی حافظهٔ USB ذخیره شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the stick&apos;s folder</source>
        <translation>پوشهٔ حافظهٔ USB را انتخاب کنید</translation>
    </message>
    <message>
        <source>Export to a stick…</source>
        <translation>برون‌بری به حافظهٔ USB…</translation>
    </message>
    <message>
        <source>Import from a stick…</source>
        <translation>درون‌بری از حافظهٔ USB…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>%n مورد روی حافظهٔ USB ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stick transfer progress</source>
        <translation>پیشرفت انتقال با حافظهٔ USB</translation>
    </message>
    <message>
        <source>Stick transfer result</source>
        <translation>نتیجهٔ انتقال با حافظهٔ USB</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Stop the stick transfer; what is done so far is kept</source>
        <translation>انتقال با حافظهٔ USB را متوقف کن؛ آنچه تا اینجا انجام شده می‌ماند</translation>
    </message>
    <message>
        <source>Stopped; what was done so far is kept.</source>
        <translation>متوقف شد؛ آنچه تا اینجا انجام شده بود می‌ماند.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) from the stick.</source>
        <translation>
            <numerusform>%n مورد از حافظهٔ USB برداشته شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>زمان دریافت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>راستی‌آزمایی</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Comma-separated, e.g. urgent, north</source>
        <translation>با ویرگول جدا کنید، مثلاً: فوری، شمال</translation>
    </message>
    <message>
        <source>Desk state</source>
        <translation>وضعیت در میز دریافت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Save triage</source>
        <translation>ذخیرهٔ دسته‌بندی</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Language and display settings</source>
        <translation>تنظیمات زبان و نمایش</translation>
    </message>
    <message>
        <source>Language and display…</source>
        <translation>زبان و نمایش…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Satchel is locked</source>
        <translation>Satchel قفل است</translation>
    </message>
    <message>
        <source>Some display settings could not be read and were reset to their defaults: {what}.</source>
        <translation>برخی تنظیمات نمایش خوانده نشد و به حالت پیش‌فرض برگشت: {what}.</translation>
    </message>
    <message>
        <source>That passphrase did not open Satchel. Check it and try again.</source>
        <translation>این گذرواژه Satchel را باز نکرد. آن را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>گذرواژه‌تان را بنویسید.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Unlock Satchel</source>
        <translation>باز کردن Satchel</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>پیام باز کردن قفل</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>در حال باز کردن…</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>رنگ‌ها</translation>
    </message>
    <message>
        <source>language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>پس از %n دقیقه بی‌استفاده ماندن</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridges (kept in this vault)</source>
        <translation>پل‌ها (در این گاوصندوق نگه داشته می‌شوند)</translation>
    </message>
    <message>
        <source>Immediately, when I leave the window</source>
        <translation>بی‌درنگ، وقتی پنجره را ترک می‌کنم</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>قفل خودکار</translation>
    </message>
    <message>
        <source>Lock automatically:</source>
        <translation>قفل خودکار:</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>وقتی پنجره کوچک شد قفل کن</translation>
    </message>
    <message>
        <source>Locking (kept in this vault)</source>
        <translation>قفل شدن (در این گاوصندوق نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>Never for idleness</source>
        <translation>هرگز به خاطر بی‌کاری</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>ذخیرهٔ تنظیمات</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
</context>
</TS>
