<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="131"/>
        <source>Conflicts to review</source>
        <translation>Xung đột cần xem lại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="132"/>
        <source>Edits the hub refused</source>
        <translation>Chỉnh sửa bị máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="133"/>
        <source>Keep</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="134"/>
        <source>Use other</source>
        <translation>Dùng giá trị kia</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="135"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="136"/>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="137"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="138"/>
        <source>No conflicts to review. When two computers change the same field before they sync, both values are shown here and you choose.</source>
        <translation>Không có xung đột nào cần xem lại. Khi hai máy tính cùng sửa một trường trước khi đồng bộ, cả hai giá trị sẽ hiện ở đây để bạn chọn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="140"/>
        <source>No refused edits: the hub took every edit sent from this computer.</source>
        <translation>Không có chỉnh sửa nào bị từ chối: máy chủ đã nhận mọi chỉnh sửa gửi từ máy tính này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="178"/>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="215"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="179"/>
        <source>(a record not on this computer yet)</source>
        <translation>(một bản ghi chưa có trên máy này)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="181"/>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="184"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="181"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="181"/>
        <source>Before</source>
        <translation>Trước đó</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="181"/>
        <source>Kept (who, when)</source>
        <translation>Được giữ (ai, khi nào)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="182"/>
        <source>Other (who, when)</source>
        <translation>Giá trị kia (ai, khi nào)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="184"/>
        <source>Edit</source>
        <translation>Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="184"/>
        <source>Fields</source>
        <translation>Các trường</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="184"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="206"/>
        <source>a record</source>
        <translation>một bản ghi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="229"/>
        <source>Edit the value</source>
        <translation>Sửa giá trị</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="229"/>
        <source>Value to keep:</source>
        <translation>Giá trị cần giữ:</translation>
    </message>
</context>
<context>
    <name>ContentNotice</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/content_notice.py" line="59"/>
        <source>PAN has published {count} content updates for the Library ({size} to download). Install them from the Library with “Update content”.</source>
        <translation>PAN đã phát hành {count} bản cập nhật tài liệu cho Thư viện (cần tải {size}). Hãy cài chúng trong Thư viện bằng nút “Cập nhật tài liệu”.</translation>
    </message>
</context>
<context>
    <name>EnrolFilePanel</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="64"/>
        <source>Join by file</source>
        <translation>Tham gia bằng tệp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="66"/>
        <source>No connection? Step 1: make a request file with the invite code and take it to the secretariat (on a USB stick). Step 2: open the reply file they give back; this computer then joins the hub and can sync by USB.</source>
        <translation>Không có kết nối? Bước 1: tạo tệp yêu cầu với mã mời rồi mang đến ban thư ký (bằng USB). Bước 2: mở tệp trả lời họ gửi lại; máy tính này sẽ tham gia máy chủ và có thể đồng bộ bằng USB.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="69"/>
        <source>Invite code</source>
        <translation>Mã mời</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="70"/>
        <source>Name of this computer</source>
        <translation>Tên máy tính này</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="71"/>
        <source>Join as a new computer (the secretariat withdrew this one&apos;s access)</source>
        <translation>Tham gia như một máy tính mới (ban thư ký đã thu hồi quyền truy cập của máy này)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="72"/>
        <source>1. Make a request file…</source>
        <translation>1. Tạo tệp yêu cầu…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="73"/>
        <source>2. Open the reply file…</source>
        <translation>2. Mở tệp trả lời…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="92"/>
        <source>Make a request file</source>
        <translation>Tạo tệp yêu cầu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="93"/>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="98"/>
        <source>PAN enrolment files (*.panenrol)</source>
        <translation>Tệp tham gia PAN (*.panenrol)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="97"/>
        <source>Open the reply file</source>
        <translation>Mở tệp trả lời</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="115"/>
        <source>Type the invite code the secretariat gave you first.</source>
        <translation>Trước hết hãy nhập mã mời ban thư ký đã đưa cho bạn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="121"/>
        <source>Writing the request file…</source>
        <translation>Đang ghi tệp yêu cầu…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="129"/>
        <source>Checking the reply file…</source>
        <translation>Đang kiểm tra tệp trả lời…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="136"/>
        <source>Saved {file}. Take it to the secretariat; when their reply file comes back, choose step 2.</source>
        <translation>Đã lưu {file}. Hãy mang tệp này đến ban thư ký; khi có tệp trả lời của họ, hãy chọn bước 2.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="143"/>
        <source>Joined the hub as a member of {org}.</source>
        <translation>Đã tham gia máy chủ với tư cách thành viên của {org}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="144"/>
        <source>Joined the hub.</source>
        <translation>Đã tham gia máy chủ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/enrol_file_panel.py" line="146"/>
        <source>Hub key: {fingerprint}. Read it to the secretariat by phone; if it is not the same as theirs, tell them before you sync.</source>
        <translation>Khóa của máy chủ: {fingerprint}. Hãy đọc cho ban thư ký qua điện thoại; nếu không giống khóa của họ, hãy báo cho họ trước khi đồng bộ.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="33"/>
        <source>Not joined yet · {n} edits on this computer</source>
        <translation>Chưa tham gia · {n} chỉnh sửa trên máy này</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="36"/>
        <source>Syncing… {up} up, {down} down</source>
        <translation>Đang đồng bộ… gửi {up}, nhận {down}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="38"/>
        <source>Offline · {n} edits waiting</source>
        <translation>Ngoại tuyến · {n} chỉnh sửa đang chờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="40"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="41"/>
        <source>Synced {when} · {n} edits waiting</source>
        <translation>Đã đồng bộ {when} · {n} chỉnh sửa đang chờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="43"/>
        <source>{n} conflicts</source>
        <translation>{n} xung đột</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="110"/>
        <source>Join the network&apos;s hub</source>
        <translation>Tham gia máy chủ của mạng lưới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="111"/>
        <source>Hub address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="112"/>
        <source>Invite code</source>
        <translation>Mã mời</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="114"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="115"/>
        <source>Hub</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="115"/>
        <source>Organisation and role</source>
        <translation>Tổ chức và vai trò</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="115"/>
        <source>Last synced</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="116"/>
        <source>Edits waiting</source>
        <translation>Chỉnh sửa đang chờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="116"/>
        <source>Conflicts to review</source>
        <translation>Xung đột cần xem lại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="117"/>
        <source>Last problem</source>
        <translation>Sự cố gần nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="119"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="120"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="121"/>
        <source>Only sync on demand (for metered or expensive connections)</source>
        <translation>Chỉ đồng bộ khi tôi yêu cầu (cho kết nối tính phí theo dung lượng)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="151"/>
        <source>Many records would be deleted</source>
        <translation>Nhiều bản ghi sẽ bị xóa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="152"/>
        <source>The network&apos;s changes would delete {deleting} of the {live} records on this computer. Nothing has been deleted yet.

If someone cleaned up on purpose, apply the deletions. If you are not sure, choose Not now and ask the secretariat first.</source>
        <translation>Các thay đổi từ mạng lưới sẽ xóa {deleting} trong số {live} bản ghi trên máy tính này. Chưa có gì bị xóa.

Nếu có người đã chủ động dọn dẹp dữ liệu, hãy áp dụng việc xóa. Nếu chưa chắc chắn, hãy chọn Để sau và hỏi ban thư ký trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="156"/>
        <source>Apply the deletions</source>
        <translation>Áp dụng việc xóa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="157"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="176"/>
        <source>viewer</source>
        <translation>người xem</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="176"/>
        <source>contributor</source>
        <translation>người đóng góp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="177"/>
        <source>secretariat</source>
        <translation>ban thư ký</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="178"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="178"/>
        <source>address not known: sync by USB</source>
        <translation>chưa biết địa chỉ: đồng bộ bằng USB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="199"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="184"/>
        <source>Last sync: {pushed} sent, {pulled} received; {up} up, {down} down</source>
        <translation>Lần đồng bộ gần nhất: gửi {pushed}, nhận {pulled}; tải lên {up}, tải xuống {down}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="113"/>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="191"/>
        <source>The first sync will download about {rows} records ({size}).</source>
        <translation>Lần đồng bộ đầu tiên sẽ tải về khoảng {rows} bản ghi ({size}).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="202"/>
        <source>Stopped {where}, as you asked. What was already exchanged is kept.</source>
        <translation>Đã dừng {where} theo yêu cầu của bạn. Những gì đã trao đổi vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="203"/>
        <source>Stopped {where}. {what}</source>
        <translation>Đã dừng {where}. {what}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="219"/>
        <source>Syncing: {pushed} sent, {pulled} received; {up} up, {down} down</source>
        <translation>Đang đồng bộ: đã gửi {pushed}, đã nhận {pulled}; tải lên {up}, tải xuống {down}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="223"/>
        <source>Photos: {done} of {total}; {up} up, {down} down</source>
        <translation>Ảnh: {done}/{total}; tải lên {up}, tải xuống {down}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="237"/>
        <source>Type the hub address and the invite code the secretariat gave you.</source>
        <translation>Hãy nhập địa chỉ máy chủ và mã mời mà ban thư ký đã gửi cho bạn.</translation>
    </message>
</context>
<context>
    <name>UsbPanel</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="56"/>
        <source>No connection? Use a USB stick</source>
        <translation>Không có kết nối? Dùng USB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="58"/>
        <source>Export for USB writes the edits this computer has not sent yet to a file; take it to someone who runs the hub. Import from USB applies the file the hub made for this computer: the network&apos;s changes and the hub&apos;s answers to your edits.</source>
        <translation>Xuất ra USB ghi các chỉnh sửa máy tính này chưa gửi vào một tệp; hãy mang tệp đó đến người quản lý máy chủ. Nhập từ USB áp dụng tệp máy chủ làm cho máy tính này: các thay đổi từ mạng lưới và câu trả lời của máy chủ cho các chỉnh sửa của bạn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="61"/>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="79"/>
        <source>Export for USB</source>
        <translation>Xuất ra USB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="62"/>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="84"/>
        <source>Import from USB</source>
        <translation>Nhập từ USB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="63"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="80"/>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="85"/>
        <source>PAN sync packs (*.pansync)</source>
        <translation>Tệp đồng bộ PAN (*.pansync)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="107"/>
        <source>Writing the file…</source>
        <translation>Đang ghi tệp…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="115"/>
        <source>Checking and applying the file…</source>
        <translation>Đang kiểm tra và áp dụng tệp…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="126"/>
        <source>Saved {count} edits to {file}. Take this file to the hub; your edits stay on this computer until the hub&apos;s answer comes back.</source>
        <translation>Đã lưu {count} chỉnh sửa vào {file}. Hãy mang tệp này đến máy chủ; các chỉnh sửa của bạn vẫn ở trên máy tính này cho đến khi có câu trả lời của máy chủ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="129"/>
        <source>Saved {file}. There are no edits waiting; the hub can still answer it with the network&apos;s changes.</source>
        <translation>Đã lưu {file}. Không có chỉnh sửa nào đang chờ; máy chủ vẫn có thể trả lời bằng các thay đổi từ mạng lưới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="136"/>
        <source>This file was already imported; nothing changed.</source>
        <translation>Tệp này đã được nhập rồi; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="139"/>
        <source>Imported: the hub confirmed {acked} of your edits and sent {pulled} records; {conflicts} conflicts, {refused} edits refused.</source>
        <translation>Đã nhập: máy chủ xác nhận {acked} chỉnh sửa của bạn và gửi {pulled} bản ghi; {conflicts} xung đột, {refused} chỉnh sửa bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/usb_panel.py" line="148"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Đã dừng; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="15"/>
        <source>Sync could not finish. Nothing was lost: your edits stay on this computer. Try again; if it keeps happening, tell the secretariat.</source>
        <translation>Không thể đồng bộ xong. Không mất gì cả: các chỉnh sửa của bạn vẫn ở trên máy này. Hãy thử lại; nếu vẫn xảy ra, hãy báo ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="17"/>
        <source>The hub could not be reached. Check the Internet connection and sync again later; your edits stay on this computer until then.</source>
        <translation>Không kết nối được với máy chủ. Hãy kiểm tra kết nối Internet và đồng bộ lại sau; đến lúc đó các chỉnh sửa của bạn vẫn ở trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="19"/>
        <source>The hub&apos;s address could not be found. Check that this computer is connected to the Internet and that the hub address is typed right; your edits stay on this computer.</source>
        <translation>Không tìm thấy địa chỉ máy chủ. Hãy kiểm tra máy tính đã kết nối Internet và địa chỉ máy chủ được gõ đúng; các chỉnh sửa của bạn vẫn ở trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="22"/>
        <source>Nothing answers at the hub&apos;s address: the hub may be stopped for maintenance. Sync again later; if it lasts, tell the secretariat. Your edits stay on this computer.</source>
        <translation>Không có gì trả lời ở địa chỉ máy chủ: máy chủ có thể đang tạm dừng để bảo trì. Hãy đồng bộ lại sau; nếu kéo dài, hãy báo ban thư ký. Các chỉnh sửa của bạn vẫn ở trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="25"/>
        <source>The hub took too long to answer; the connection is probably slow. Sync again later, on a better connection if you can. Your edits stay on this computer.</source>
        <translation>Máy chủ trả lời quá lâu; có lẽ kết nối đang chậm. Hãy đồng bộ lại sau, với kết nối tốt hơn nếu có thể. Các chỉnh sửa của bạn vẫn ở trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="28"/>
        <source>The hub&apos;s security certificate could not be checked. Check this computer&apos;s date and time; a public Wi-Fi may also ask you to sign in first in the web browser.</source>
        <translation>Không kiểm tra được chứng chỉ bảo mật của máy chủ. Hãy kiểm tra ngày giờ của máy tính này; Wi-Fi công cộng cũng có thể yêu cầu đăng nhập trước trong trình duyệt web.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="31"/>
        <source>This computer has no network connection. Connect to the Internet and sync again; your edits stay on this computer.</source>
        <translation>Máy tính này không có kết nối mạng. Hãy kết nối Internet rồi đồng bộ lại; các chỉnh sửa của bạn vẫn ở trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="34"/>
        <source>The hub refused the request. Sync again later; if it keeps happening, tell the secretariat.</source>
        <translation>Máy chủ đã từ chối yêu cầu. Hãy đồng bộ lại sau; nếu vẫn xảy ra, hãy báo ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="36"/>
        <source>The secretariat has withdrawn this computer&apos;s access to the hub. Ask them for a new invite code.</source>
        <translation>Ban thư ký đã thu hồi quyền truy cập máy chủ của máy tính này. Hãy xin ban thư ký một mã mời mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="38"/>
        <source>This invite code is unknown, has expired or was already used. Ask the secretariat for a new one.</source>
        <translation>Mã mời này không đúng, đã hết hạn hoặc đã được dùng. Hãy xin ban thư ký một mã mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="40"/>
        <source>The hub does not know this computer. Join again on the Sync page with a new invite code from the secretariat.</source>
        <translation>Máy chủ không nhận ra máy tính này. Hãy tham gia lại ở trang Đồng bộ bằng một mã mời mới của ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="81"/>
        <source>This computer has not joined the network&apos;s hub yet. On the Sync page, type the invite code from the secretariat and choose Join.</source>
        <translation>Máy tính này chưa tham gia máy chủ của mạng lưới. Ở trang Đồng bộ, hãy nhập mã mời của ban thư ký rồi chọn Tham gia.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="42"/>
        <source>The hub could not take even one of the edits waiting here. Tell the secretariat; your edits stay on this computer.</source>
        <translation>Máy chủ không nhận được dù chỉ một chỉnh sửa đang chờ. Hãy báo ban thư ký; các chỉnh sửa của bạn vẫn ở trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="44"/>
        <source>Sync stopped before deleting anything: the network&apos;s changes would delete {deleting} of the {live} records on this computer. If that is expected, sync again and apply the deletions; otherwise ask the secretariat first.</source>
        <translation>Đồng bộ đã dừng trước khi xóa bất cứ thứ gì: các thay đổi từ mạng lưới sẽ xóa {deleting} trong số {live} bản ghi trên máy tính này. Nếu điều đó là dự kiến, hãy đồng bộ lại và áp dụng việc xóa; nếu không, hãy hỏi ban thư ký trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="48"/>
        <source>A sync is already running on this computer. Wait for it to finish.</source>
        <translation>Máy tính này đang đồng bộ. Hãy chờ cho xong.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="49"/>
        <source>The hub&apos;s answer could not be trusted. Check the hub address with the secretariat.</source>
        <translation>Không thể tin cậy câu trả lời của máy chủ. Hãy kiểm tra lại địa chỉ máy chủ với ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="51"/>
        <source>The hub could not be verified: the answer did not come from the hub this computer joined, so nothing of it was used. Your edits stay on this computer. A public Wi-Fi may ask you to sign in first; otherwise check the hub address with the secretariat.</source>
        <translation>Không xác minh được máy chủ: câu trả lời không đến từ máy chủ mà máy tính này đã tham gia, nên không có gì trong đó được dùng. Các chỉnh sửa của bạn vẫn ở trên máy này. Wi-Fi công cộng có thể yêu cầu đăng nhập trước; nếu không, hãy kiểm tra địa chỉ máy chủ với ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="55"/>
        <source>This hub address is not protected (it starts with http://). Ask the secretariat for the address that starts with https://.</source>
        <translation>Địa chỉ máy chủ này không được bảo vệ (bắt đầu bằng http://). Hãy xin ban thư ký địa chỉ bắt đầu bằng https://.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="57"/>
        <source>This is not a hub address. It looks like https://hub.example.org; ask the secretariat for it.</source>
        <translation>Đây không phải là địa chỉ máy chủ. Địa chỉ có dạng https://hub.example.org; hãy hỏi ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="59"/>
        <source>The secretariat withdrew this computer&apos;s access, so its old invite code no longer works. Ask the secretariat for a new invite code and join again.</source>
        <translation>Ban thư ký đã thu hồi quyền truy cập của máy tính này, nên mã mời cũ không còn dùng được. Hãy xin ban thư ký một mã mời mới và tham gia lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="62"/>
        <source>The hub already knows another computer under this computer&apos;s name. Ask the secretariat for a new invite code.</source>
        <translation>Máy chủ đã có một máy tính khác mang tên của máy tính này. Hãy xin ban thư ký một mã mời mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="64"/>
        <source>This computer&apos;s permission to sync has expired because it did not sync for a long time. Ask the secretariat for a new invite code and join again.</source>
        <translation>Quyền đồng bộ của máy tính này đã hết hạn vì đã lâu không đồng bộ. Hãy xin ban thư ký một mã mời mới và tham gia lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="67"/>
        <source>The file {name} is not an enrolment file of the kind expected here. Choose the reply file the secretariat sent for this computer.</source>
        <translation>Tệp {name} không phải loại tệp tham gia cần dùng ở đây. Hãy chọn tệp trả lời ban thư ký gửi cho máy tính này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="70"/>
        <source>The file {name} was changed after it was signed, so it cannot be trusted and nothing was changed. Ask the secretariat for a new reply.</source>
        <translation>Tệp {name} đã bị sửa sau khi được ký nên không thể tin cậy; chưa có gì thay đổi. Hãy xin ban thư ký một tệp trả lời mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="73"/>
        <source>The file {name} answers another computer&apos;s request, or an older request of this computer. Nothing was changed; use the reply to the latest request made here.</source>
        <translation>Tệp {name} trả lời yêu cầu của một máy tính khác, hoặc một yêu cầu cũ hơn của máy tính này. Chưa có gì thay đổi; hãy dùng tệp trả lời cho yêu cầu mới nhất làm trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="76"/>
        <source>This computer has no request to join waiting for a reply. First make a request file and take it to the secretariat.</source>
        <translation>Máy tính này không có yêu cầu tham gia nào đang chờ trả lời. Trước hết hãy tạo tệp yêu cầu và mang đến ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="78"/>
        <source>This computer joined the hub by file and does not know the hub&apos;s address, so it syncs by USB only. Ask the secretariat for the hub address when this computer can connect.</source>
        <translation>Máy tính này tham gia máy chủ bằng tệp và chưa biết địa chỉ máy chủ, nên chỉ đồng bộ bằng USB. Khi máy tính này có thể kết nối, hãy xin ban thư ký địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="84"/>
        <source>Sync took too long and was stopped. What was already exchanged is kept; sync again to go on.</source>
        <translation>Đồng bộ mất quá nhiều thời gian nên đã dừng. Những gì đã trao đổi vẫn được giữ; hãy đồng bộ lại để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="86"/>
        <source>Sync stopped: the hub answered several times without anything moving. Your edits are kept here; try again later or tell the secretariat.</source>
        <translation>Đồng bộ đã dừng: máy chủ trả lời nhiều lần mà không có gì thay đổi. Các chỉnh sửa của bạn vẫn được giữ trên máy này; hãy thử lại sau hoặc báo ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="88"/>
        <source>Choose Keep, Use other or Edit to settle this conflict.</source>
        <translation>Hãy chọn Giữ nguyên, Dùng giá trị kia hoặc Sửa để giải quyết xung đột này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="89"/>
        <source>This conflict is not here any more. The list has been refreshed.</source>
        <translation>Xung đột này không còn nữa. Danh sách đã được làm mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="91"/>
        <source>This conflict was already settled; nothing to do.</source>
        <translation>Xung đột này đã được giải quyết; không cần làm gì thêm.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="92"/>
        <source>That value cannot be stored in this field. Check it and try again.</source>
        <translation>Không thể lưu giá trị đó vào trường này. Hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="94"/>
        <source>The record of this conflict is not on this computer yet. Sync first, then settle the conflict.</source>
        <translation>Bản ghi của xung đột này chưa có trên máy tính này. Hãy đồng bộ trước, rồi giải quyết xung đột.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="96"/>
        <source>This refused edit is not waiting any more. The list has been refreshed.</source>
        <translation>Chỉnh sửa bị từ chối này không còn chờ nữa. Danh sách đã được làm mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="99"/>
        <source>This sync file is damaged and cannot be read; nothing was imported. Copy it from the USB stick again, or ask for a new one.</source>
        <translation>Tệp đồng bộ này bị hỏng và không đọc được; chưa nhập gì. Hãy chép lại từ USB hoặc xin một tệp mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="101"/>
        <source>This file is not a PAN sync file (.pansync), or it is damaged; nothing was imported. Copy it from the USB stick again.</source>
        <translation>Tệp này không phải tệp đồng bộ PAN (.pansync) hoặc đã bị hỏng; chưa nhập gì. Hãy chép lại từ USB.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="103"/>
        <source>The file {file} is not there any more. Check that the USB stick is plugged in and choose the file again.</source>
        <translation>Không còn thấy tệp {file}. Hãy kiểm tra USB đã được cắm và chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="105"/>
        <source>This sync file was changed after it was made, or was not made by the hub; nothing was imported. Ask the hub for a new file.</source>
        <translation>Tệp đồng bộ này đã bị thay đổi sau khi tạo, hoặc không do máy chủ tạo; chưa nhập gì. Hãy xin máy chủ một tệp mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="107"/>
        <source>This sync file was made for another computer; nothing was imported. Ask the hub for a file made for this computer.</source>
        <translation>Tệp đồng bộ này được tạo cho một máy tính khác; chưa nhập gì. Hãy xin máy chủ một tệp tạo cho máy tính này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="109"/>
        <source>This is a file for the hub (made by Export for USB), not one from the hub; nothing was imported. Take it to the hub.</source>
        <translation>Đây là tệp dành cho máy chủ (tạo bằng Xuất ra USB), không phải tệp từ máy chủ; chưa nhập gì. Hãy mang nó đến máy chủ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="111"/>
        <source>This is a file from the hub; import it on the computer it was made for.</source>
        <translation>Đây là tệp từ máy chủ; hãy nhập nó trên máy tính mà nó được tạo cho.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="113"/>
        <source>This sync file comes from another hub than the one this computer belongs to; nothing was imported.</source>
        <translation>Tệp đồng bộ này đến từ một máy chủ khác với máy chủ của máy tính này; chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="115"/>
        <source>This sync file is older than one already imported here; nothing was imported. Use the newest file from the hub.</source>
        <translation>Tệp đồng bộ này cũ hơn một tệp đã nhập ở đây; chưa nhập gì. Hãy dùng tệp mới nhất từ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="117"/>
        <source>This sync file is too large to import; nothing was imported. Tell the secretariat.</source>
        <translation>Tệp đồng bộ này quá lớn để nhập; chưa nhập gì. Hãy báo ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="119"/>
        <source>The hub does not know the computer that made this file.</source>
        <translation>Máy chủ không biết máy tính đã tạo tệp này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="120"/>
        <source>The computer that made this file no longer has access to the network; nothing was imported.</source>
        <translation>Máy tính đã tạo tệp này không còn quyền truy cập mạng lưới; chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="122"/>
        <source>The hub does not know this computer.</source>
        <translation>Máy chủ không biết máy tính này.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="129"/>
        <source>while joining the hub</source>
        <translation>khi đang tham gia máy chủ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="130"/>
        <source>while sending this computer&apos;s edits</source>
        <translation>khi đang gửi các chỉnh sửa của máy này</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="131"/>
        <source>while receiving the network&apos;s changes</source>
        <translation>khi đang nhận các thay đổi từ mạng lưới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="132"/>
        <source>while saving the received changes</source>
        <translation>khi đang lưu các thay đổi đã nhận</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="133"/>
        <source>while checking this computer&apos;s copy against the hub</source>
        <translation>khi đang đối chiếu dữ liệu trên máy này với máy chủ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="134"/>
        <source>before it started</source>
        <translation>trước khi bắt đầu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="142"/>
        <source>The hub already has a different edit with the same number. Was this computer restored from a backup? Tell the secretariat.</source>
        <translation>Máy chủ đã có một chỉnh sửa khác mang cùng số. Máy tính này có được khôi phục từ bản sao lưu không? Hãy báo ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="145"/>
        <source>This computer may only view records (viewer role). Ask the secretariat for contributor access.</source>
        <translation>Máy tính này chỉ được xem bản ghi (vai trò người xem). Hãy xin ban thư ký quyền người đóng góp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="148"/>
        <source>This record belongs to another organisation or to the network; only its members or the secretariat can change it.</source>
        <translation>Bản ghi này thuộc về tổ chức khác hoặc của chung mạng lưới; chỉ thành viên của tổ chức đó hoặc ban thư ký mới được sửa.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="151"/>
        <source>The record is not on the hub: its creation never arrived there.</source>
        <translation>Bản ghi này chưa có trên máy chủ: việc tạo bản ghi chưa bao giờ đến được máy chủ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="153"/>
        <source>A value in this edit cannot be stored. Check it, then send it again.</source>
        <translation>Một giá trị trong chỉnh sửa này không lưu được. Hãy kiểm tra lại rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="154"/>
        <source>The hub refused this edit.</source>
        <translation>Máy chủ đã từ chối chỉnh sửa này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="159"/>
        <source>New record</source>
        <translation>Bản ghi mới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="159"/>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="161"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="160"/>
        <source>Deletion</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="160"/>
        <source>Conflict settled</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/messages.py" line="169"/>
        <source>another computer</source>
        <translation>một máy tính khác</translation>
    </message>
</context>
</TS>
