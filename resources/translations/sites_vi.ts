<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="160"/>
        <source>← Sites</source>
        <translation>← Danh sách cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="163"/>
        <source>{key}  {answer}</source>
        <translation>{key}  {answer}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="164"/>
        <source>Press {key}</source>
        <translation>Bấm phím {key}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="165"/>
        <source>Note on this item (saved when you leave the box)</source>
        <translation>Ghi chú cho mục này (được lưu khi bạn rời ô)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="166"/>
        <source>Add photo…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="167"/>
        <source>Follow-up action (what, who, by when):</source>
        <translation>Việc cần làm tiếp (làm gì, ai làm, hạn khi nào):</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="168"/>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="169"/>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="170"/>
        <source>Save action</source>
        <translation>Lưu việc cần làm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="171"/>
        <source>◀ Previous</source>
        <translation>◀ Mục trước</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="172"/>
        <source>Next ▶</source>
        <translation>Mục sau ▶</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="173"/>
        <location filename="../../pan_desktop/ui/sites/form.py" line="344"/>
        <source>Finalize</source>
        <translation>Chốt đánh giá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="174"/>
        <source>Revise…</source>
        <translation>Sửa thành bản mới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="184"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="200"/>
        <source>{site} · {date} · version {version} · {status}</source>
        <translation>{site} · {date} · phiên bản {version} · {status}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="222"/>
        <source>Answered {done} of {total}: {aspects}</source>
        <translation>Đã trả lời {done}/{total}: {aspects}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="224"/>
        <source>Score: {score}</source>
        <translation>Điểm: {score}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="237"/>
        <source>Item {n} of {total}</source>
        <translation>Mục {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="246"/>
        <source>{n} photo(s)</source>
        <translation>{n} ảnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="249"/>
        <source>A photo was taken more than 1 km from the site.</source>
        <translation>Có ảnh được chụp cách cơ sở hơn 1 km.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="332"/>
        <source>Add a photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="332"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="339"/>
        <source>Not finished</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="340"/>
        <source>Items {items} are not answered yet. Answer them (or choose Not applicable) before finalizing.</source>
        <translation>Các mục {items} chưa được trả lời. Hãy trả lời (hoặc chọn Không áp dụng) trước khi chốt.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="345"/>
        <source>A finalized assessment can no longer change (it can be revised as a new version). Finalize it now?</source>
        <translation>Đánh giá đã chốt sẽ không sửa được nữa (chỉ có thể sửa thành một phiên bản mới). Chốt ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="352"/>
        <source>Revise</source>
        <translation>Sửa thành bản mới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/form.py" line="352"/>
        <source>Why is this assessment revised?</source>
        <translation>Vì sao cần sửa đánh giá này?</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="56"/>
        <source>New site</source>
        <translation>Cơ sở mới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="57"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="57"/>
        <source>Kind</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="57"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="57"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="57"/>
        <source>Owner or contact</source>
        <translation>Chủ cơ sở hoặc người liên hệ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="58"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="58"/>
        <source>Followed by (organisation)</source>
        <translation>Tổ chức theo dõi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="58"/>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="58"/>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="67"/>
        <source>e.g. 21.0285 (optional)</source>
        <translation>ví dụ 21.0285 (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="68"/>
        <source>e.g. 105.8542 (optional)</source>
        <translation>ví dụ 105.8542 (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="69"/>
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
        <location filename="../../pan_desktop/ui/sites/page.py" line="194"/>
        <source>Search sites by name</source>
        <translation>Tìm cơ sở theo tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="195"/>
        <location filename="../../pan_desktop/ui/sites/table_model.py" line="18"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="199"/>
        <source>All kinds</source>
        <translation>Mọi loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="204"/>
        <source>New site…</source>
        <translation>Thêm cơ sở…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="206"/>
        <source>Visit</source>
        <translation>Lần thăm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="207"/>
        <source>Overall</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="210"/>
        <source>Junk-shop checklist</source>
        <translation>Bảng kiểm vựa phế liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="211"/>
        <source>Factory checklist</source>
        <translation>Bảng kiểm nhà máy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="213"/>
        <source>Start assessment</source>
        <translation>Bắt đầu đánh giá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="214"/>
        <source>Open visit</source>
        <translation>Mở lần thăm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="215"/>
        <source>Owner&apos;s report (PDF)…</source>
        <translation>Báo cáo cho chủ cơ sở (PDF)…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="230"/>
        <source>{n} site(s)</source>
        <translation>{n} cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="282"/>
        <source>Choose a site to see its visits.</source>
        <translation>Chọn một cơ sở để xem các lần thăm.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="291"/>
        <source>Owner: {owner} {phone}</source>
        <translation>Chủ cơ sở: {owner} {phone}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="293"/>
        <source>Followed by {org}</source>
        <translation>Do {org} theo dõi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="298"/>
        <source>{date} v{version} ({status})</source>
        <translation>{date} bản {version} ({status})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="316"/>
        <source>Open follow-up actions: {n}</source>
        <translation>Việc cần làm chưa xong: {n}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="319"/>
        <source>no date</source>
        <translation>chưa có hạn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="320"/>
        <source>{due} · {what} ({who})</source>
        <translation>{due} · {what} ({who})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="372"/>
        <source>Save the owner&apos;s report</source>
        <translation>Lưu báo cáo cho chủ cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/page.py" line="373"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/table_model.py" line="17"/>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/table_model.py" line="17"/>
        <source>Kind</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/table_model.py" line="18"/>
        <source>Last visit</source>
        <translation>Lần thăm gần nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/table_model.py" line="19"/>
        <source>Overall score</source>
        <translation>Điểm chung</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/table_model.py" line="20"/>
        <source>Open actions</source>
        <translation>Việc chưa xong</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="12"/>
        <source>A photo is damaged (its file no longer matches what was saved). Open its assessment and add the photo again.</source>
        <translation>Một ảnh bị hỏng (tệp không còn khớp với ảnh đã lưu). Hãy mở đánh giá của ảnh đó và thêm lại ảnh.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="14"/>
        <source>The hub refused a photo as too large. Add it again: the app makes a smaller copy for sync.</source>
        <translation>Máy chủ mạng lưới từ chối một ảnh vì quá lớn. Hãy thêm lại ảnh: ứng dụng sẽ tạo bản nhỏ hơn để đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="16"/>
        <source>The hub is not set up to keep photos. Tell the secretariat; the photos stay on this computer.</source>
        <translation>Máy chủ mạng lưới chưa được cài đặt để lưu ảnh. Hãy báo cho ban thư ký; ảnh vẫn được giữ trên máy này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="18"/>
        <source>A photo could not be read or saved on this computer. Check that the disk is not full, then sync again.</source>
        <translation>Không đọc hoặc lưu được một ảnh trên máy này. Hãy kiểm tra ổ đĩa chưa đầy, rồi đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="20"/>
        <source>This assessment is finalized and can no longer change. To correct it, revise it: a new version is made and this one stays as it was.</source>
        <translation>Đánh giá này đã chốt nên không sửa được nữa. Muốn điều chỉnh, hãy sửa thành bản mới: một phiên bản mới được tạo ra và bản này vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="22"/>
        <source>{count} item(s) are not answered yet: {items}. Answer them (or choose Not applicable), then finalize.</source>
        <translation>Còn {count} mục chưa trả lời: {items}. Hãy trả lời (hoặc chọn Không áp dụng) rồi chốt.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="24"/>
        <source>This value cannot be used. Check what you entered and try again.</source>
        <translation>Không dùng được giá trị này. Hãy kiểm tra lại thông tin đã nhập rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="25"/>
        <source>The coordinates are not valid (latitude {lat}, longitude {lon}). Enter decimal degrees, for example 21.0285 and 105.8542, or leave both empty.</source>
        <translation>Tọa độ không hợp lệ (vĩ độ {lat}, kinh độ {lon}). Hãy nhập số độ thập phân, ví dụ 21.0285 và 105.8542, hoặc để trống cả hai.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="28"/>
        <source>A site has no field named {fields}.</source>
        <translation>Cơ sở không có trường nào tên là {fields}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="29"/>
        <source>This site or assessment is not here any more: it may have been deleted. Refresh the list and try again.</source>
        <translation>Cơ sở hoặc đánh giá này không còn nữa: có thể đã bị xóa. Hãy làm mới danh sách rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="31"/>
        <source>This assessment has no version {version} (it has {have}).</source>
        <translation>Đánh giá này không có phiên bản {version} (chỉ có {have}).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="32"/>
        <source>There is no checklist &apos;{checklist}&apos;. Choose the factory or the junk-shop checklist.</source>
        <translation>Không có bảng kiểm &apos;{checklist}&apos;. Hãy chọn bảng kiểm nhà máy hoặc bảng kiểm vựa phế liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="34"/>
        <source>&apos;{answer}&apos; is not an answer. Choose yes, partly, no or not applicable.</source>
        <translation>&apos;{answer}&apos; không phải là câu trả lời. Hãy chọn Có, Một phần, Không hoặc Không áp dụng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="36"/>
        <source>The checklist of this assessment has no item &apos;{item}&apos;.</source>
        <translation>Bảng kiểm của đánh giá này không có mục &apos;{item}&apos;.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="37"/>
        <source>A follow-up action belongs to an item answered No or Partly. Answer the item first.</source>
        <translation>Việc cần làm chỉ dành cho mục được trả lời Không hoặc Một phần. Hãy trả lời mục này trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="39"/>
        <source>Say why the assessment is revised: the reason is kept with the new version.</source>
        <translation>Hãy ghi lý do sửa đánh giá: lý do được lưu cùng phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="41"/>
        <source>A newer version of this assessment exists. Open the newest version to revise it.</source>
        <translation>Đã có phiên bản mới hơn của đánh giá này. Hãy mở phiên bản mới nhất để sửa.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="43"/>
        <source>This assessment is still a draft: change it directly, or finalize it first.</source>
        <translation>Đánh giá này vẫn là bản nháp: hãy sửa trực tiếp, hoặc chốt trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="45"/>
        <source>{file} is not a photo PAN Desktop can read. Choose a JPEG or PNG photo.</source>
        <translation>{file} không phải là ảnh PAN Desktop đọc được. Hãy chọn ảnh JPEG hoặc PNG.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="47"/>
        <source>{file} is larger than {limit_mb} MB. Choose a smaller photo.</source>
        <translation>{file} lớn hơn {limit_mb} MB. Hãy chọn ảnh nhỏ hơn.</translation>
    </message>
</context>
<context>
    <name>sites</name>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="57"/>
        <source>Photo sync was stopped as you asked; the other photos travel at the next sync.</source>
        <translation>Đã dừng đồng bộ ảnh theo yêu cầu của bạn; các ảnh còn lại sẽ được đồng bộ ở lần sau.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="59"/>
        <source>The records are synced, but the photos could not be: {why}</source>
        <translation>Các bản ghi đã được đồng bộ, nhưng ảnh thì chưa: {why}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="63"/>
        <source>The records are synced; {count} photo(s) could not be: {why} They are tried again at the next sync.</source>
        <translation>Các bản ghi đã được đồng bộ; {count} ảnh chưa đồng bộ được: {why} Ứng dụng sẽ thử lại ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/sites/messages.py" line="66"/>
        <source>Photos: {sent} sent, {received} received.</source>
        <translation>Ảnh: đã gửi {sent}, đã nhận {received}.</translation>
    </message>
</context>
</TS>
