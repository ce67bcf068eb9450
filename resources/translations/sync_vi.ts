<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="114"/>
        <source>Conflicts to review</source>
        <translation>Xung đột cần xem lại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="115"/>
        <source>Edits the hub refused</source>
        <translation>Chỉnh sửa bị máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="116"/>
        <source>Keep</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="117"/>
        <source>Use other</source>
        <translation>Dùng giá trị kia</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="118"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="119"/>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="120"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="134"/>
        <source>deleted</source>
        <translation>đã xoá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="138"/>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="141"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="138"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="138"/>
        <source>Before</source>
        <translation>Trước đó</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="138"/>
        <source>Kept (who, when)</source>
        <translation>Được giữ (ai, khi nào)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="139"/>
        <source>Other (who, when)</source>
        <translation>Giá trị kia (ai, khi nào)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="141"/>
        <source>Edit</source>
        <translation>Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="141"/>
        <source>Fields</source>
        <translation>Các trường</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="141"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="157"/>
        <source>Edit the value</source>
        <translation>Sửa giá trị</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/conflicts_page.py" line="157"/>
        <source>Value to keep:</source>
        <translation>Giá trị cần giữ:</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="35"/>
        <source>Not enrolled · {n} edits on this computer</source>
        <translation>Chưa đăng ký · {n} chỉnh sửa trên máy này</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="38"/>
        <source>Syncing… {up} up, {down} down</source>
        <translation>Đang đồng bộ… gửi {up}, nhận {down}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="40"/>
        <source>Offline · {n} edits waiting</source>
        <translation>Ngoại tuyến · {n} chỉnh sửa đang chờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="42"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="43"/>
        <source>Synced {when} · {n} edits waiting</source>
        <translation>Đã đồng bộ {when} · {n} chỉnh sửa đang chờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/indicator.py" line="45"/>
        <source>{n} conflicts</source>
        <translation>{n} xung đột</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="88"/>
        <source>Join the network&apos;s hub</source>
        <translation>Tham gia máy chủ của mạng lưới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="89"/>
        <source>Hub address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="90"/>
        <source>Invite code</source>
        <translation>Mã mời</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="91"/>
        <source>Enrol this computer</source>
        <translation>Đăng ký máy tính này</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="92"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="93"/>
        <source>Hub</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="93"/>
        <source>Organisation and role</source>
        <translation>Tổ chức và vai trò</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="93"/>
        <source>Last synced</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="94"/>
        <source>Edits waiting</source>
        <translation>Chỉnh sửa đang chờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="94"/>
        <source>Conflicts to review</source>
        <translation>Xung đột cần xem lại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="95"/>
        <source>Last problem</source>
        <translation>Sự cố gần nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="97"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="98"/>
        <source>Only sync on demand (for metered or expensive connections)</source>
        <translation>Chỉ đồng bộ khi tôi yêu cầu (cho kết nối tính phí theo dung lượng)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="127"/>
        <source>Many records would be deleted</source>
        <translation>Nhiều bản ghi sẽ bị xoá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="128"/>
        <source>The network&apos;s changes would delete {deleting} of the {live} records on this computer. Nothing has been deleted yet.

If someone cleaned up on purpose, apply the deletions. If you are not sure, choose Not now and ask the secretariat first.</source>
        <translation>Các thay đổi từ mạng lưới sẽ xoá {deleting} trong số {live} bản ghi trên máy tính này. Chưa có gì bị xoá.

Nếu có người đã chủ động dọn dẹp dữ liệu, hãy áp dụng việc xoá. Nếu chưa chắc chắn, hãy chọn Để sau và hỏi ban thư ký trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="132"/>
        <source>Apply the deletions</source>
        <translation>Áp dụng việc xoá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="133"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="142"/>
        <source>viewer</source>
        <translation>người xem</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="142"/>
        <source>contributor</source>
        <translation>người đóng góp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="143"/>
        <source>secretariat</source>
        <translation>ban thư ký</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="144"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="145"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="150"/>
        <source>Last sync: {pushed} sent, {pulled} received; {up} up, {down} down</source>
        <translation>Lần đồng bộ gần nhất: gửi {pushed}, nhận {pulled}; tải lên {up}, tải xuống {down}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="157"/>
        <source>The first sync will download about {rows} records ({size}).</source>
        <translation>Lần đồng bộ đầu tiên sẽ tải về khoảng {rows} bản ghi ({size}).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="179"/>
        <source>Syncing: {pushed} sent, {pulled} received; {up} up, {down} down</source>
        <translation>Đang đồng bộ: đã gửi {pushed}, đã nhận {pulled}; tải lên {up}, tải xuống {down}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sync/sync_page.py" line="189"/>
        <source>Type the hub address and the invite code the secretariat gave you.</source>
        <translation>Hãy nhập địa chỉ máy chủ và mã mời mà ban thư ký đã gửi cho bạn.</translation>
    </message>
</context>
</TS>
