<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="154"/>
        <source>← Sites</source>
        <translation>← Danh sách cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="157"/>
        <source>{key}  {answer}</source>
        <translation>{key}  {answer}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="158"/>
        <source>Press {key}</source>
        <translation>Bấm phím {key}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="159"/>
        <source>Note on this item (saved when you leave the box)</source>
        <translation>Ghi chú cho mục này (được lưu khi bạn rời ô)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="160"/>
        <source>Add photo…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="161"/>
        <source>Follow-up action (what, who, by when):</source>
        <translation>Việc cần làm tiếp (làm gì, ai làm, hạn khi nào):</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="162"/>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="163"/>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="164"/>
        <source>Save action</source>
        <translation>Lưu việc cần làm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="165"/>
        <source>◀ Previous</source>
        <translation>◀ Mục trước</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="166"/>
        <source>Next ▶</source>
        <translation>Mục sau ▶</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="167"/>
        <location filename="../../pan_desktop/ui/sites/form.py" line="333"/>
        <source>Finalize</source>
        <translation>Chốt đánh giá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="168"/>
        <source>Revise…</source>
        <translation>Sửa thành bản mới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="178"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="192"/>
        <source>{site} · {date} · version {version} · {status}</source>
        <translation>{site} · {date} · phiên bản {version} · {status}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="214"/>
        <source>Answered {done} of {total}: {aspects}</source>
        <translation>Đã trả lời {done}/{total}: {aspects}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="216"/>
        <source>Score: {score}</source>
        <translation>Điểm: {score}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="229"/>
        <source>Item {n} of {total}</source>
        <translation>Mục {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="238"/>
        <source>{n} photo(s)</source>
        <translation>{n} ảnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="241"/>
        <source>A photo was taken more than 1 km from the site.</source>
        <translation>Có ảnh được chụp cách cơ sở hơn 1 km.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="321"/>
        <source>Add a photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="321"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="328"/>
        <source>Not finished</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="329"/>
        <source>Items {items} are not answered yet. Answer them (or choose Not applicable) before finalizing.</source>
        <translation>Các mục {items} chưa được trả lời. Hãy trả lời (hoặc chọn Không áp dụng) trước khi chốt.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="334"/>
        <source>A finalized assessment can no longer change (it can be revised as a new version). Finalize it now?</source>
        <translation>Đánh giá đã chốt sẽ không sửa được nữa (chỉ có thể sửa thành một phiên bản mới). Chốt ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="341"/>
        <source>Revise</source>
        <translation>Sửa thành bản mới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="341"/>
        <source>Why is this assessment revised?</source>
        <translation>Vì sao cần sửa đánh giá này?</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="54"/>
        <source>New site</source>
        <translation>Cơ sở mới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="55"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="55"/>
        <source>Kind</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="55"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="55"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="55"/>
        <source>Owner or contact</source>
        <translation>Chủ cơ sở hoặc người liên hệ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="56"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="56"/>
        <source>Followed by (organisation)</source>
        <translation>Tổ chức theo dõi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="56"/>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="56"/>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="65"/>
        <source>e.g. 21.0285 (optional)</source>
        <translation>ví dụ 21.0285 (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="66"/>
        <source>e.g. 105.8542 (optional)</source>
        <translation>ví dụ 105.8542 (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="67"/>
        <source>The owner&apos;s name and phone stay within your organisation: other organisations in the network see the site without them.</source>
        <translation>Tên và số điện thoại của chủ cơ sở chỉ tổ chức của bạn xem được: các tổ chức khác trong mạng lưới thấy cơ sở nhưng không thấy hai thông tin này.</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/__init__.py" line="9"/>
        <source>Site assessments</source>
        <translation>Đánh giá cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="183"/>
        <source>Search sites by name</source>
        <translation>Tìm cơ sở theo tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="184"/>
        <location filename="../../pan_desktop/ui/sites/page.py" line="194"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="188"/>
        <source>All kinds</source>
        <translation>Mọi loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="193"/>
        <source>New site…</source>
        <translation>Thêm cơ sở…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="194"/>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="194"/>
        <source>Kind</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="194"/>
        <source>Last visit</source>
        <translation>Lần thăm gần nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="195"/>
        <source>Overall score</source>
        <translation>Điểm chung</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="195"/>
        <source>Open actions</source>
        <translation>Việc chưa làm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="196"/>
        <source>Visit</source>
        <translation>Lần thăm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="197"/>
        <source>Overall</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="200"/>
        <source>Junk-shop checklist</source>
        <translation>Bảng kiểm vựa phế liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="201"/>
        <source>Factory checklist</source>
        <translation>Bảng kiểm nhà máy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="203"/>
        <source>Start assessment</source>
        <translation>Bắt đầu đánh giá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="204"/>
        <source>Open visit</source>
        <translation>Mở lần thăm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="205"/>
        <source>Owner&apos;s report (PDF)…</source>
        <translation>Báo cáo cho chủ cơ sở (PDF)…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="236"/>
        <source>{n} site(s)</source>
        <translation>{n} cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="269"/>
        <source>Choose a site to see its visits.</source>
        <translation>Chọn một cơ sở để xem các lần thăm.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="278"/>
        <source>Owner: {owner} {phone}</source>
        <translation>Chủ cơ sở: {owner} {phone}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="280"/>
        <source>Followed by {org}</source>
        <translation>Do {org} theo dõi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="285"/>
        <source>{date} v{version} ({status})</source>
        <translation>{date} bản {version} ({status})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="303"/>
        <source>Open follow-up actions: {n}</source>
        <translation>Việc cần làm chưa xong: {n}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="306"/>
        <source>no date</source>
        <translation>chưa có hạn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="307"/>
        <source>{due} · {what} ({who})</source>
        <translation>{due} · {what} ({who})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="359"/>
        <source>Save the owner&apos;s report</source>
        <translation>Lưu báo cáo cho chủ cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="360"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="12"/>
        <source>This assessment is finalized and can no longer change. To correct it, revise it: a new version is made and this one stays as it was.</source>
        <translation>Đánh giá này đã chốt nên không sửa được nữa. Muốn điều chỉnh, hãy sửa thành bản mới: một phiên bản mới được tạo ra và bản này vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="14"/>
        <source>{count} item(s) are not answered yet: {items}. Answer them (or choose Not applicable), then finalize.</source>
        <translation>Còn {count} mục chưa trả lời: {items}. Hãy trả lời (hoặc chọn Không áp dụng) rồi chốt.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="16"/>
        <source>This value cannot be used. Check what you entered and try again.</source>
        <translation>Không dùng được giá trị này. Hãy kiểm tra lại thông tin đã nhập rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="17"/>
        <source>The coordinates are not valid (latitude {lat}, longitude {lon}). Enter decimal degrees, for example 21.0285 and 105.8542, or leave both empty.</source>
        <translation>Tọa độ không hợp lệ (vĩ độ {lat}, kinh độ {lon}). Hãy nhập số độ thập phân, ví dụ 21.0285 và 105.8542, hoặc để trống cả hai.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="20"/>
        <source>A site has no field named {fields}.</source>
        <translation>Cơ sở không có trường nào tên là {fields}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="21"/>
        <source>This site or assessment is not here any more: it may have been deleted. Refresh the list and try again.</source>
        <translation>Cơ sở hoặc đánh giá này không còn nữa: có thể đã bị xóa. Hãy làm mới danh sách rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="23"/>
        <source>This assessment has no version {version} (it has {have}).</source>
        <translation>Đánh giá này không có phiên bản {version} (chỉ có {have}).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="24"/>
        <source>There is no checklist &apos;{checklist}&apos;. Choose the factory or the junk-shop checklist.</source>
        <translation>Không có bảng kiểm &apos;{checklist}&apos;. Hãy chọn bảng kiểm nhà máy hoặc bảng kiểm vựa phế liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="26"/>
        <source>&apos;{answer}&apos; is not an answer. Choose yes, partly, no or not applicable.</source>
        <translation>&apos;{answer}&apos; không phải là câu trả lời. Hãy chọn Có, Một phần, Không hoặc Không áp dụng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="28"/>
        <source>The checklist of this assessment has no item &apos;{item}&apos;.</source>
        <translation>Bảng kiểm của đánh giá này không có mục &apos;{item}&apos;.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="29"/>
        <source>A follow-up action belongs to an item answered No or Partly. Answer the item first.</source>
        <translation>Việc cần làm chỉ dành cho mục được trả lời Không hoặc Một phần. Hãy trả lời mục này trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="31"/>
        <source>Say why the assessment is revised: the reason is kept with the new version.</source>
        <translation>Hãy ghi lý do sửa đánh giá: lý do được lưu cùng phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="33"/>
        <source>A newer version of this assessment exists. Open the newest version to revise it.</source>
        <translation>Đã có phiên bản mới hơn của đánh giá này. Hãy mở phiên bản mới nhất để sửa.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="35"/>
        <source>This assessment is still a draft: change it directly, or finalize it first.</source>
        <translation>Đánh giá này vẫn là bản nháp: hãy sửa trực tiếp, hoặc chốt trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="37"/>
        <source>{file} is not a photo PAN Desktop can read. Choose a JPEG or PNG photo.</source>
        <translation>{file} không phải là ảnh PAN Desktop đọc được. Hãy chọn ảnh JPEG hoặc PNG.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="39"/>
        <source>{file} is larger than {limit_mb} MB. Choose a smaller photo.</source>
        <translation>{file} lớn hơn {limit_mb} MB. Hãy chọn ảnh nhỏ hơn.</translation>
    </message>
</context>
</TS>
