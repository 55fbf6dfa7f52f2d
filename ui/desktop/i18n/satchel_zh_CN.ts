<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>%n incident row(s) would leave the desk.</source>
        <translation>
            <numerusform>将有 %n 行事件离开接收台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts preview</source>
        <translation>警报预览</translation>
    </message>
    <message>
        <source>Alerts result</source>
        <translation>警报结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV and JSON…</source>
        <translation>导出 CSV 和 JSON…</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>导出警报</translation>
    </message>
    <message>
        <source>Export the alerts as CSV and JSON</source>
        <translation>将警报导出为 CSV 和 JSON</translation>
    </message>
    <message>
        <source>Only incidents since</source>
        <translation>仅限此日期以来的事件</translation>
    </message>
    <message>
        <source>Only incidents since a date</source>
        <translation>仅限某日期以来的事件</translation>
    </message>
    <message>
        <source>Only what is below leaves the desk: kind, date, region and country, service, verification and a count. No names, no report text, no device.</source>
        <translation>只有下面的内容会离开接收台：类型、日期、地区和国家、服务、验证结果和数量。没有姓名，没有报告正文，没有设备。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview what leaves the desk</source>
        <translation>预览将离开接收台的内容</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>What leaves the desk</source>
        <translation>离开接收台的内容</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>已写入 %1 和 %2。</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Hidden information</source>
        <translation>隐藏信息</translation>
    </message>
</context>
<context>
    <name>AttachmentPane</name>
    <message>
        <source>About the preview</source>
        <translation>关于预览</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>附件预览</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Choose where to save a copy</source>
        <translation>选择副本的保存位置</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF 预览</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>保存附件的副本</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>已将副本保存为 %1。</translation>
    </message>
    <message>
        <source>Shown from memory; checked against the signed hash.</source>
        <translation>从内存中显示；已与签名的哈希值核对。</translation>
    </message>
    <message>
        <source>This file cannot be shown inside Satchel. Use &quot;Save a copy&quot; to open it with another program.</source>
        <translation>无法在 Satchel 中显示此文件。请用“保存副本”后用其他程序打开。</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Drop files here, or paste them.</source>
        <translation>将文件拖到这里，或粘贴。</translation>
    </message>
    <message>
        <source>Save the picture as a file first, then add the file.</source>
        <translation>请先把图片存成文件，再添加该文件。</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>Connect to Tor directly. Best where Tor is not blocked.</source>
        <translation>直接连接 Tor。适用于 Tor 未被封锁的地方。</translation>
    </message>
    <message>
        <source>No bridge</source>
        <translation>不使用网桥</translation>
    </message>
    <message>
        <source>Use the bridge lines someone gave you.</source>
        <translation>使用别人给你的网桥地址行。</translation>
    </message>
    <message>
        <source>my own bridges</source>
        <translation>我自己的网桥</translation>
    </message>
    <message>
        <source>{bridge}: looks like a video call.</source>
        <translation>{bridge}：看起来像视频通话。</translation>
    </message>
    <message>
        <source>{bridge}: looks like visiting a big website. It is slow.</source>
        <translation>{bridge}：看起来像在访问一个大型网站。速度较慢。</translation>
    </message>
    <message>
        <source>{bridge}: makes the connection look like random noise. Needs bridge lines from someone you trust.</source>
        <translation>{bridge}：让连接看起来像随机噪声。需要从你信任的人那里获得网桥地址行。</translation>
    </message>
</context>
<context>
    <name>BridgeChooser</name>
    <message>
        <source>About this bridge</source>
        <translation>关于此网桥</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>网桥地址行</translation>
    </message>
    <message>
        <source>Bridge lines:</source>
        <translation>网桥地址行：</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>网桥：</translation>
    </message>
    <message>
        <source>One bridge line on each line</source>
        <translation>每行一个网桥地址</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>A name you will recognise, e.g. a code name</source>
        <translation>一个你认得出的名字，例如代号</translation>
    </message>
    <message>
        <source>Ask the reporter to read out the fingerprint their device shows, or compare it in person. Trust this device only if every group matches.</source>
        <translation>请报告人读出其设备上显示的指纹，或当面核对。只有每一组都一致时，才信任此设备。</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>核对指纹</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm, the fingerprints match</source>
        <translation>确认，指纹一致</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Discard, change nothing</source>
        <translation>放弃，不做任何更改</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Revoking marks every submission this device signs from now on as failed. Check that this is the device you mean.</source>
        <translation>撤销后，此设备今后签名的每份报告都会被标为未通过。请确认这是你要处理的设备。</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>需要核对的内容</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Connected through Tor</source>
        <translation>已通过 Tor 连接</translation>
    </message>
    <message>
        <source>Connected through Tor, via {bridge}</source>
        <translation>已通过 Tor 连接，经由 {bridge}</translation>
    </message>
    <message>
        <source>Connecting has stopped moving. Tor may be blocked here: try a bridge.</source>
        <translation>连接停止了进展。这里可能封锁了 Tor：试试网桥。</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>正在连接 Tor…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Satchel could not connect.</source>
        <translation>Satchel 无法连接。</translation>
    </message>
    <message>
        <source>The bridge did not answer. Try another bridge, or another kind of bridge.</source>
        <translation>网桥没有响应。请换一个网桥，或换一种网桥。</translation>
    </message>
    <message>
        <source>This computer is not connected to the Internet. Your reports are safe here; Satchel sends them once it is.</source>
        <translation>这台电脑没有连接互联网。你的报告在这里是安全的；联网后 Satchel 会发送它们。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the right date, time and time zone, then connect again.</source>
        <translation>这台电脑的时钟不对。请设置正确的日期、时间和时区，然后重新连接。</translation>
    </message>
    <message>
        <source>Tor seems blocked here — try a bridge.</source>
        <translation>这里似乎封锁了 Tor——试试网桥。</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>取消连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connecting progress</source>
        <translation>连接进度</translation>
    </message>
    <message>
        <source>Connecting step</source>
        <translation>连接步骤</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Sending over Tor is not available in this version yet; save your reports to a stick instead.</source>
        <translation>此版本暂不支持通过 Tor 发送；请把报告保存到 U 盘。</translation>
    </message>
</context>
<context>
    <name>CourierWorkspace</name>
    <message>
        <source>About carrying</source>
        <translation>关于携带</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>携带</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>信使</translation>
    </message>
    <message>
        <source>Everything you carry is sealed: you cannot read it, and nobody can read it from you. Pass it on by stick or upload it when you have a connection; receipts travel back the same way so senders can erase their copies.</source>
        <translation>你携带的一切都已封存：你读不了，别人也无法从你这里读到。用 U 盘转交，或在有连接时上传；回执也按同样的方式带回，让发送者可以删除自己的副本。</translation>
    </message>
    <message>
        <source>What you carry</source>
        <translation>你携带的内容</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message numerus="yes">
        <source>You carry %n item(s), %1 in all.</source>
        <translation>
            <numerusform>你携带 %n 项，共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>You carry nothing at the moment.</source>
        <translation>你目前没有携带任何东西。</translation>
    </message>
</context>
<context>
    <name>DeleteCountdown</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the deletion</source>
        <translation>取消删除</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message numerus="yes">
        <source>This report will be erased in %n second(s).</source>
        <translation>
            <numerusform>此报告将在 %n 秒后删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>A throwaway coalition made for this demo: nothing here is real or private. It lives in %1; its passphrase is “%2”.</source>
        <translation>为本演示临时创建的联盟：这里没有任何真实或私密的内容。它位于 %1；口令是“%2”。</translation>
    </message>
    <message>
        <source>About this demo</source>
        <translation>关于本演示</translation>
    </message>
    <message>
        <source>Carry the stick to the desk</source>
        <translation>把 U 盘带到接收台</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>How the demo is connected</source>
        <translation>演示如何连接</translation>
    </message>
    <message>
        <source>Private Tor network starting</source>
        <translation>私有 Tor 网络正在启动</translation>
    </message>
    <message>
        <source>Saves the reporter&apos;s sealed reports to a stick in the demo folder, then imports that stick at the desk, as a courier would</source>
        <translation>把报告人已封存的报告保存到演示文件夹中的 U 盘，再在接收台导入该 U 盘，就像信使那样</translation>
    </message>
    <message>
        <source>This is a demonstration</source>
        <translation>这是一个演示</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>刚才发生了什么</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>该怎么做</translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Press “Carry the stick to the desk”. 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. 在“报告人”标签页写一份报告（有标题就够了），然后按“发送”。2. 按“把 U 盘带到接收台”。3. 在“接收台”标签页，报告会到达，其“验证”一栏会说明是否已验证。</translation>
    </message>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Watch the Outbox: the report goes over the private Tor network by itself (or press “Carry the stick to the desk”). 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. 在“报告人”标签页写一份报告（有标题就够了），然后按“发送”。2. 看“发件箱”：报告会自动通过私有 Tor 网络发出（或按“把 U 盘带到接收台”）。3. 在“接收台”标签页，报告会到达，其“验证”一栏会说明是否已验证。</translation>
    </message>
    <message>
        <source>Connected through a private Tor network on this computer; the demo&apos;s inbox is an onion service on it.</source>
        <translation>已通过这台电脑上的私有 Tor 网络连接；演示的收件箱是其中的一个 onion 服务。</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>接收台</translation>
    </message>
    <message>
        <source>Making the demo coalition…</source>
        <translation>正在创建演示联盟…</translation>
    </message>
    <message>
        <source>Nothing to carry yet: write a report and press Send first.</source>
        <translation>还没有可携带的内容：请先写一份报告并按“发送”。</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Reporter or desk</source>
        <translation>报告人或接收台</translation>
    </message>
    <message>
        <source>Satchel — DEMO</source>
        <translation>Satchel — 演示</translation>
    </message>
    <message>
        <source>Saving the reporter&apos;s sealed reports to the stick…</source>
        <translation>正在把报告人已封存的报告保存到 U 盘…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer (loopback only; it cannot reach the Internet)…</source>
        <translation>正在这台电脑上启动私有 Tor 网络（仅限本机回环，无法访问互联网）…</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer…</source>
        <translation>正在这台电脑上启动私有 Tor 网络…</translation>
    </message>
    <message>
        <source>The demo could not be set up: %1</source>
        <translation>无法设置演示：%1</translation>
    </message>
    <message numerus="yes">
        <source>The desk received %n submission(s) and checked who signed them and that nothing was altered: see the Verification column.</source>
        <translation>
            <numerusform>接收台收到了 %n 份报告，并核对了签名者以及内容未被改动：请看“验证”一栏。</numerusform>
        </translation>
    </message>
    <message>
        <source>The inbox has it; the desk is pulling it now. Open the Desk tab.</source>
        <translation>收件箱已收到；接收台正在获取。请打开“接收台”标签页。</translation>
    </message>
    <message>
        <source>The private Tor network did not start (%1); reports can still travel on a stick.</source>
        <translation>私有 Tor 网络未能启动（%1）；报告仍可以通过 U 盘传递。</translation>
    </message>
    <message>
        <source>The stick is at the desk; importing it…</source>
        <translation>U 盘已到接收台；正在导入…</translation>
    </message>
    <message>
        <source>This demo runs without Tor, so it has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>本演示不使用 Tor，因此没有网络路径：它完全不联网，报告通过 U 盘传递，就像信使携带那样。</translation>
    </message>
    <message>
        <source>Tor is not installed here, so this demo runs without it and has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>这里没有安装 Tor，所以本演示不使用它，也没有网络路径：它完全不联网，报告通过 U 盘传递，就像信使携带那样。</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>Failed: signed by a revoked device</source>
        <translation>未通过：由已撤销信任的设备签名</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>已撤销信任的设备</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>受信任的设备</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Verified, new device</source>
        <translation>已验证，新设备</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>有一项检查未通过</translation>
    </message>
</context>
<context>
    <name>DeskWorkspace</name>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>接收台</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>报告详情</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>收到的报告</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Compare the device&apos;s fingerprint with the reporter, then trust it in Devices.</source>
        <translation>先与报告人核对设备指纹，再到“设备”中信任它。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Report envelope: %1</source>
        <translation>报告信封：%1</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>Report text: %1</source>
        <translation>报告正文：%1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>封存给</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>服务或公司</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>签名者指纹</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>签名设备</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>请先在列表中选择一个设备。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>撤销对所选设备的信任</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销信任…</translation>
    </message>
    <message>
        <source>Trust the selected device</source>
        <translation>信任所选设备</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>信任…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Choose the directory file</source>
        <translation>选择目录文件</translation>
    </message>
    <message>
        <source>Choose the directory file…</source>
        <translation>选择目录文件…</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your coalition gave you, group by group. Only continue if every group is the same.</source>
        <translation>请逐组比对这个指纹与联盟给你的指纹。只有每一组都相同时才继续。</translation>
    </message>
    <message>
        <source>Confirm: the fingerprint matches</source>
        <translation>确认：指纹一致</translation>
    </message>
    <message>
        <source>Confirmed. Satchel will only accept directories signed by this coalition from now on.</source>
        <translation>已确认。从现在起，Satchel 只接受由该联盟签名的目录。</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>目录状态</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Discard this directory</source>
        <translation>放弃此目录</translation>
    </message>
    <message>
        <source>It matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>The coalition&apos;s fingerprint:</source>
        <translation>联盟的指纹：</translation>
    </message>
    <message>
        <source>The directory says where reports go. Your coalition gives it to you as a file, on a stick or in person.</source>
        <translation>目录说明报告要发往哪里。联盟会以文件形式、用 U 盘或当面交给你。</translation>
    </message>
    <message>
        <source>What to do with the fingerprint</source>
        <translation>如何处理这个指纹</translation>
    </message>
    <message>
        <source>You can import it later.</source>
        <translation>你可以稍后导入。</translation>
    </message>
    <message>
        <source>Your coalition&apos;s directory</source>
        <translation>你的联盟目录</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>About the text size</source>
        <translation>关于文字大小</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Display (also before unlock)</source>
        <translation>显示（解锁前也适用）</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>文字大小：</translation>
    </message>
    <message>
        <source>The new text size is used from the next time Satchel starts.</source>
        <translation>新的文字大小将在 Satchel 下次启动时生效。</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <source>A duress passphrase (optional)</source>
        <translation>胁迫口令（可选）</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>胁迫口令</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>再次输入胁迫口令</translation>
    </message>
    <message>
        <source>Duress passphrase hint</source>
        <translation>胁迫口令提示</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>胁迫口令：</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Satchel, type this passphrase instead. It silently destroys everything in this vault and opens an empty one.</source>
        <translation>如果有人强迫你解锁 Satchel，请改为输入这个口令。它会悄悄销毁此保险库中的一切，并打开一个空的保险库。</translation>
    </message>
    <message>
        <source>It does not help against someone who copied this computer&apos;s disk before, or who knows that Satchel has this feature.</source>
        <translation>如果有人之前复制过这台电脑的硬盘，或知道 Satchel 有这个功能，它就帮不上忙。</translation>
    </message>
    <message>
        <source>It must differ from your passphrase.</source>
        <translation>它必须与你的口令不同。</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>设置胁迫口令</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的口令还不一致。</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost.</source>
        <translation>出现了意外问题；没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请再试一次。</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>Choose an empty folder</source>
        <translation>选择一个空文件夹</translation>
    </message>
    <message>
        <source>Evidence export progress</source>
        <translation>证据导出进度</translation>
    </message>
    <message>
        <source>Evidence export result</source>
        <translation>证据导出结果</translation>
    </message>
    <message>
        <source>Evidence written to %1; its README.txt says how to re-check it.</source>
        <translation>证据已写入 %1；其中的 README.txt 说明了如何重新核验。</translation>
    </message>
    <message>
        <source>Export evidence to a folder</source>
        <translation>将证据导出到文件夹</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>导出证据…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any check</source>
        <translation>任何核验结果</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>任何设备</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任何类型</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation>按接收日期筛选</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>按设备筛选</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by verification</source>
        <translation>按验证结果筛选</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Set up Satchel</source>
        <translation>设置 Satchel</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>A company&apos;s technology misused for repression</source>
        <translation>公司的技术被滥用于镇压</translation>
    </message>
    <message>
        <source>Blocking or filtering of websites and services</source>
        <translation>封锁或过滤网站和服务</translation>
    </message>
    <message>
        <source>Hacking of devices or accounts</source>
        <translation>设备或账号被入侵</translation>
    </message>
    <message>
        <source>Illicit monitoring or surveillance</source>
        <translation>非法监视或监控</translation>
    </message>
    <message>
        <source>Internet or mobile network shutdown</source>
        <translation>断网或关闭移动网络</translation>
    </message>
    <message>
        <source>Intimidation, threats or arrest of network users</source>
        <translation>恐吓、威胁或逮捕网络用户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Destroy everything…</source>
        <translation>销毁一切…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The desk connects to Tor when it pulls; use &quot;Pull now&quot; on the Receive tab.</source>
        <translation>接收台在拉取时才连接 Tor；请在“接收”标签页使用“立即拉取”。</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>Checking for hidden information…</source>
        <translation>正在检查隐藏信息…</translation>
    </message>
    <message>
        <source>Hidden information cannot be removed: {reason}</source>
        <translation>无法删除隐藏信息：{reason}</translation>
    </message>
    <message>
        <source>Hidden information kept, as you chose</source>
        <translation>已按你的选择保留隐藏信息</translation>
    </message>
    <message>
        <source>Hidden information removed: {what}</source>
        <translation>已删除隐藏信息：{what}</translation>
    </message>
    <message>
        <source>Hidden information was not removed</source>
        <translation>隐藏信息未删除</translation>
    </message>
    <message>
        <source>Hidden information will be removed: {what}</source>
        <translation>将删除隐藏信息：{what}</translation>
    </message>
    <message>
        <source>No hidden information found</source>
        <translation>未发现隐藏信息</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy everything</source>
        <translation>销毁一切</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The word to type</source>
        <translation>需要输入的词</translation>
    </message>
    <message>
        <source>This erases every report, attachment and key in Satchel on this computer, for ever. Nothing can bring it back. To go ahead, type the word below.</source>
        <translation>这会永久删除这台电脑上 Satchel 中的所有报告、附件和密钥，无法恢复。要继续，请输入下面的词。</translation>
    </message>
    <message>
        <source>Type the word to confirm</source>
        <translation>输入该词以确认</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>销毁</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>选择一个口令</translation>
    </message>
    <message>
        <source>It locks everything in this vault. A short sentence only you know is easier to remember and harder to guess.</source>
        <translation>它锁住此保险库中的一切。一句只有你知道的短句更容易记住，也更难被猜到。</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not the coalition, not the makers of Satchel. If you forget it, everything in this vault is lost.</source>
        <translation>没有人能找回这个口令：联盟不能，Satchel 的开发者也不能。如果你忘了它，此保险库中的一切都会丢失。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>口令提示</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的口令还不一致。</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least 10 characters, or a few words that do not belong together.</source>
        <translation>太容易被猜到：请至少用 10 个字符，或几个互不相关的词。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Building circuits</source>
        <translation>正在建立线路</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting to a relay</source>
        <translation>正在连接中继</translation>
    </message>
    <message>
        <source>Loading relay information</source>
        <translation>正在加载中继信息</translation>
    </message>
    <message>
        <source>Starting Tor</source>
        <translation>正在启动 Tor</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>About sticks</source>
        <translation>关于 U 盘</translation>
    </message>
    <message>
        <source>Bring submissions in from a stick; send receipts back on one, so reporters can erase their copies.</source>
        <translation>从 U 盘导入收到的报告；再用 U 盘把回执带回去，让报告人可以删除自己的副本。</translation>
    </message>
    <message>
        <source>By stick</source>
        <translation>通过 U 盘</translation>
    </message>
    <message>
        <source>Export receipts to a stick…</source>
        <translation>将回执导出到 U 盘…</translation>
    </message>
    <message>
        <source>From the inbox, over Tor</source>
        <translation>通过 Tor 从收件箱获取</translation>
    </message>
    <message>
        <source>Pull automatically</source>
        <translation>自动获取</translation>
    </message>
    <message>
        <source>Pull automatically while this window is open</source>
        <translation>此窗口打开期间自动获取</translation>
    </message>
    <message>
        <source>Pull new submissions from the inbox now</source>
        <translation>立即从收件箱获取新报告</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>立即获取</translation>
    </message>
    <message>
        <source>Pull status</source>
        <translation>获取状态</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n new item(s).</source>
        <translation>
            <numerusform>已获取 %n 个新项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling from the inbox…</source>
        <translation>正在从收件箱获取…</translation>
    </message>
    <message>
        <source>Pulling over Tor is not set up in this window; import from a stick instead.</source>
        <translation>此窗口未设置通过 Tor 获取；请改为从 U 盘导入。</translation>
    </message>
    <message numerus="yes">
        <source>Received %n new item(s) so far.</source>
        <translation>
            <numerusform>目前已收到 %n 个新项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop pulling</source>
        <translation>停止获取</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>As precise as you feel safe with</source>
        <translation>在你觉得安全的范围内尽量准确</translation>
    </message>
    <message>
        <source>Delete this report</source>
        <translation>删除此报告</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Keep hidden information in files</source>
        <translation>保留文件中的隐藏信息</translation>
    </message>
    <message>
        <source>Keep hidden information in files (not recommended)</source>
        <translation>保留文件中的隐藏信息（不推荐）</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>New report — it stays on this computer until you send it.</source>
        <translation>新报告——在你发送之前，它只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>No real names needed</source>
        <translation>不需要真实姓名</translation>
    </message>
    <message>
        <source>Paste files</source>
        <translation>粘贴文件</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响的人</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>服务或公司</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Tell what happened.</source>
        <translation>说说发生了什么。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>用几个词说明发生了什么</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>e.g. 3 May, evening</source>
        <translation>例如：5 月 3 日晚上</translation>
    </message>
    <message>
        <source>e.g. a mobile operator</source>
        <translation>例如：一家移动运营商</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写于</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Delivered and erased</source>
        <translation>已送达并删除</translation>
    </message>
    <message>
        <source>Draft — only on this computer</source>
        <translation>草稿——仅在这台电脑上</translation>
    </message>
    <message>
        <source>On a stick — waiting for the receipt</source>
        <translation>在 U 盘上——等待回执</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Sending {percent} %</source>
        <translation>正在发送 {percent}%</translation>
    </message>
    <message>
        <source>Waiting for a connection — safe in this vault</source>
        <translation>等待连接——安全地保存在保险库中</translation>
    </message>
</context>
<context>
    <name>ReporterWorkspace</name>
    <message>
        <source>A report needs a title.</source>
        <translation>报告需要一个标题。</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Choose the stick</source>
        <translation>选择 U 盘</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新报告</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Report erased.</source>
        <translation>报告已删除。</translation>
    </message>
    <message>
        <source>Report sealed. Satchel sends it as soon as there is a connection.</source>
        <translation>报告已封存。一有连接，Satchel 就会发送它。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Save to a stick</source>
        <translation>保存到 U 盘</translation>
    </message>
    <message>
        <source>Save to a stick…</source>
        <translation>保存到 U 盘…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>已将 %n 项保存到 U 盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>写几个字说明发生了什么。</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>A vault is made for one role. You can make another vault later.</source>
        <translation>一个保险库只对应一种角色。你以后可以再创建一个。</translation>
    </message>
    <message>
        <source>Carry sealed reports on a USB stick. You cannot read them.</source>
        <translation>用 U 盘携带已封存的报告。你无法阅读它们。</translation>
    </message>
    <message>
        <source>I carry reports</source>
        <translation>我负责携带报告</translation>
    </message>
    <message>
        <source>I receive reports for the coalition</source>
        <translation>我为联盟接收报告</translation>
    </message>
    <message>
        <source>I write reports</source>
        <translation>我撰写报告</translation>
    </message>
    <message>
        <source>Open, check and sort the reports that arrive.</source>
        <translation>打开、核验并整理收到的报告。</translation>
    </message>
    <message>
        <source>Who will use Satchel on this computer?</source>
        <translation>谁会在这台电脑上使用 Satchel？</translation>
    </message>
    <message>
        <source>Write reports with photos and documents and send them safely.</source>
        <translation>撰写带有照片和文件的报告，并安全地发送。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Back to unlock</source>
        <translation>返回解锁</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>StickPanel</name>
    <message numerus="yes">
        <source>%n item(s) could not be saved; they are still held here. Export again.</source>
        <translation>
            <numerusform>有 %n 项未能保存；它们仍保存在这里。请重新导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the stick were damaged or unreadable and were not taken; ask for them to be saved to a stick again.</source>
        <translation>
            <numerusform>U 盘上有 %n 项已损坏或无法读取，未被取走；请让对方重新保存到 U 盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the stick&apos;s folder</source>
        <translation>选择 U 盘的文件夹</translation>
    </message>
    <message>
        <source>Export to a stick…</source>
        <translation>导出到 U 盘…</translation>
    </message>
    <message>
        <source>Import from a stick…</source>
        <translation>从 U 盘导入…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>已将 %n 项保存到 U 盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stick transfer progress</source>
        <translation>U 盘传输进度</translation>
    </message>
    <message>
        <source>Stick transfer result</source>
        <translation>U 盘传输结果</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the stick transfer; what is done so far is kept</source>
        <translation>停止 U 盘传输；已完成的部分会保留</translation>
    </message>
    <message>
        <source>Stopped; what was done so far is kept.</source>
        <translation>已停止；已完成的部分已保留。</translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) from the stick.</source>
        <translation>
            <numerusform>已从 U 盘取走 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Comma-separated, e.g. urgent, north</source>
        <translation>用逗号分隔，例如：紧急, 北部</translation>
    </message>
    <message>
        <source>Desk state</source>
        <translation>接收台状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save triage</source>
        <translation>保存分拣</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Language and display settings</source>
        <translation>语言和显示设置</translation>
    </message>
    <message>
        <source>Language and display…</source>
        <translation>语言和显示…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Satchel is locked</source>
        <translation>Satchel 已锁定</translation>
    </message>
    <message>
        <source>Some display settings could not be read and were reset to their defaults: {what}.</source>
        <translation>部分显示设置无法读取，已恢复为默认值：{what}。</translation>
    </message>
    <message>
        <source>That passphrase did not open Satchel. Check it and try again.</source>
        <translation>这个口令没能打开 Satchel。请检查后再试一次。</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>请输入你的口令。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlock Satchel</source>
        <translation>解锁 Satchel</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>解锁消息</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>文字大小</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>闲置 %n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridges (kept in this vault)</source>
        <translation>网桥（保存在此保险库中）</translation>
    </message>
    <message>
        <source>Immediately, when I leave the window</source>
        <translation>离开窗口时立即锁定</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>Lock automatically:</source>
        <translation>自动锁定：</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>窗口最小化时锁定</translation>
    </message>
    <message>
        <source>Locking (kept in this vault)</source>
        <translation>锁定（保存在此保险库中）</translation>
    </message>
    <message>
        <source>Never for idleness</source>
        <translation>不因闲置而锁定</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
</TS>
