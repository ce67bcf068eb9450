<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>OralDialog</name>
    <message>
        <location filename="../../pan_desktop/ui/training/oral.py" line="19"/>
        <source>Oral test: {name}</source>
        <translation>Kiểm tra miệng: {name}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/oral.py" line="23"/>
        <source>Pre-test</source>
        <translation>Kiểm tra trước</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/oral.py" line="24"/>
        <source>Post-test</source>
        <translation>Kiểm tra sau</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/oral.py" line="27"/>
        <source>Test</source>
        <translation>Bài kiểm tra</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/oral.py" line="29"/>
        <source>Read each question and its choices aloud, then choose the answer the person gives (type its number). Tab goes to the next question.</source>
        <translation>Đọc to từng câu hỏi và các lựa chọn, rồi chọn câu trả lời người học đưa ra (gõ số của lựa chọn). Phím Tab chuyển sang câu tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/oral.py" line="60"/>
        <source>— no answer —</source>
        <translation>— không trả lời —</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/oral.py" line="78"/>
        <source>Correct: {right} of {total} ({score} %)</source>
        <translation>Đúng: {right} trên {total} câu ({score} %)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="59"/>
        <source>New training session</source>
        <translation>Khóa tập huấn mới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="63"/>
        <source>(no module)</source>
        <translation>(không theo học phần)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="85"/>
        <source>Names separated by &apos;;&apos;</source>
        <translation>Các tên cách nhau bằng dấu &apos;;&apos;</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="90"/>
        <source>Module</source>
        <translation>Học phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="90"/>
        <source>Title</source>
        <translation>Tên khóa tập huấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="91"/>
        <source>Intended audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="92"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="92"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="93"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="93"/>
        <source>Commune or ward, venue</source>
        <translation>Xã/phường, địa điểm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="94"/>
        <source>Organising organisation</source>
        <translation>Tổ chức thực hiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="94"/>
        <source>Facilitators</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="95"/>
        <source>Pass mark</source>
        <translation>Điểm đạt</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="256"/>
        <location filename="../../pan_desktop/ui/training/page.py" line="581"/>
        <source>Sessions</source>
        <translation>Khóa tập huấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="257"/>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="258"/>
        <source>New session…</source>
        <translation>Khóa tập huấn mới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="259"/>
        <source>No training session yet. Plan one from a module with “New session…”: then enter who came and their test scores, and print the attendance sheet and the certificates.</source>
        <translation>Chưa có khóa tập huấn nào. Lập kế hoạch một khóa từ một học phần bằng “Khóa tập huấn mới…”: sau đó nhập người tham dự và điểm kiểm tra, rồi in danh sách điểm danh và giấy chứng nhận.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="262"/>
        <source>Add participant</source>
        <translation>Thêm học viên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="263"/>
        <source>Save attendance and scores</source>
        <translation>Lưu điểm danh và điểm số</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="264"/>
        <source>Erase this person…</source>
        <translation>Xóa hẳn người này…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="265"/>
        <source>Oral test…</source>
        <translation>Kiểm tra miệng…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="266"/>
        <source>Record the answers of the selected person, who answers aloud</source>
        <translation>Ghi câu trả lời của người đang chọn, người này trả lời miệng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="267"/>
        <source>Import list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="268"/>
        <source>Attendance sheet…</source>
        <translation>Danh sách điểm danh…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="269"/>
        <source>Certificates…</source>
        <translation>Giấy chứng nhận…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="270"/>
        <source>Save report as PDF…</source>
        <translation>Lưu báo cáo thành PDF…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="271"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="272"/>
        <location filename="../../pan_desktop/ui/training/page.py" line="281"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="273"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="274"/>
        <location filename="../../pan_desktop/ui/training/page.py" line="281"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="274"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="281"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="281"/>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="282"/>
        <source>Pre-test %</source>
        <translation>Điểm trước (%)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="282"/>
        <source>Post-test %</source>
        <translation>Điểm sau (%)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="282"/>
        <source>Oral</source>
        <translation>Kiểm tra miệng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="284"/>
        <source>e.g. 2026-01-31</source>
        <translation>vd. 2026-01-31</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="285"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="286"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="287"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="288"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="289"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="289"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="334"/>
        <source>{title} · {date} · {place} · pass mark {mark} %</source>
        <translation>{title} · {date} · {place} · điểm đạt {mark} %</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="355"/>
        <source>{count} participants</source>
        <translation>{count} học viên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="384"/>
        <source>Score not saved</source>
        <translation>Chưa lưu điểm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="385"/>
        <source>The score of {name} must be a number from 0 to 100. Correct it and save again.</source>
        <translation>Điểm của {name} phải là một số từ 0 đến 100. Hãy sửa lại rồi lưu lần nữa.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="404"/>
        <source>Saved: {count} participants</source>
        <translation>Đã lưu: {count} học viên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="412"/>
        <source>Erase this person?</source>
        <translation>Xóa hẳn người này?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="413"/>
        <source>Erase {name}? Their name, details and scores in every session are deleted on this computer now and on every computer of your organisation when it syncs. This cannot be undone.</source>
        <translation>Xóa hẳn {name}? Họ tên, thông tin và điểm số của người này trong mọi khóa tập huấn sẽ bị xóa ngay trên máy này và trên mọi máy của tổ chức bạn khi đồng bộ. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="424"/>
        <source>Choose the person in the list first.</source>
        <translation>Hãy chọn người học trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="427"/>
        <source>This session has no module, so there are no questions to ask.</source>
        <translation>Khóa tập huấn này chưa gắn học phần nên không có câu hỏi để hỏi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="455"/>
        <source>Oral test saved: {score} %.</source>
        <translation>Đã lưu bài kiểm tra miệng: {score} %.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="474"/>
        <source>Same person?</source>
        <translation>Cùng một người?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="475"/>
        <source>{name} ({detail}) is already known from another session. Is this the same person?</source>
        <translation>{name} ({detail}) đã có trong một khóa tập huấn khác. Đây có phải cùng một người không?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="510"/>
        <source>Import participants</source>
        <translation>Nhập danh sách học viên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="511"/>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>Danh sách học viên (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="514"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="519"/>
        <source>{enrolled} enrolled: {added} new, {matched} already known.</source>
        <translation>Đã ghi danh {enrolled} người: {added} người mới, {matched} người đã có.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="524"/>
        <source>attendance.pdf</source>
        <translation>danh-sach-diem-danh.pdf</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="524"/>
        <source>certificates.pdf</source>
        <translation>giay-chung-nhan.pdf</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="525"/>
        <location filename="../../pan_desktop/ui/training/page.py" line="554"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="542"/>
        <location filename="../../pan_desktop/ui/training/page.py" line="566"/>
        <source>Making the PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="547"/>
        <location filename="../../pan_desktop/ui/training/page.py" line="567"/>
        <source>Saved {path} ({pages} pages).</source>
        <translation>Đã lưu {path} ({pages} trang).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="549"/>
        <source>The certificates have no verification code: this computer is not enrolled with a hub (see Sync).</source>
        <translation>Giấy chứng nhận không có mã xác thực vì máy này chưa đăng ký với máy chủ đồng bộ (xem trang Đồng bộ).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="554"/>
        <source>training-report.pdf</source>
        <translation>bao-cao-tap-huan.pdf</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="581"/>
        <source>People enrolled</source>
        <translation>Số người ghi danh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="582"/>
        <source>People who attended</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="582"/>
        <source>People who passed the post-test</source>
        <translation>Số người đạt bài kiểm tra sau</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="583"/>
        <source>Mean pre-test score (%)</source>
        <translation>Điểm trung bình trước tập huấn (%)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="583"/>
        <source>Mean post-test score (%)</source>
        <translation>Điểm trung bình sau tập huấn (%)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="584"/>
        <source>Mean knowledge gain (points)</source>
        <translation>Mức tăng kiến thức trung bình (điểm)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="584"/>
        <source>Pass rate</source>
        <translation>Tỉ lệ đạt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="585"/>
        <source>Attended, by sex: {value}</source>
        <translation>Tham dự, theo giới tính: {value}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="585"/>
        <source>Attended, by role: {value}</source>
        <translation>Tham dự, theo vai trò: {value}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="586"/>
        <source>Attended, by province: {value}</source>
        <translation>Tham dự, theo tỉnh/thành: {value}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="587"/>
        <source>Attended, by age: {value}</source>
        <translation>Tham dự, theo nhóm tuổi: {value}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/page.py" line="593"/>
        <source>not stated</source>
        <translation>không nêu</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="12"/>
        <source>This training session no longer exists (it may have been deleted on another computer). Choose another session.</source>
        <translation>Khóa tập huấn này không còn nữa (có thể đã bị xóa trên máy khác). Hãy chọn khóa khác.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="14"/>
        <source>This participant no longer exists (they may have been erased). Reload the session.</source>
        <translation>Học viên này không còn nữa (có thể đã bị xóa thông tin). Hãy mở lại khóa tập huấn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="16"/>
        <source>This record no longer exists. Reload the session.</source>
        <translation>Bản ghi này không còn nữa. Hãy mở lại khóa tập huấn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="17"/>
        <source>This person is not enrolled in the session. Add them to the session first.</source>
        <translation>Người này chưa ghi danh vào khóa tập huấn. Hãy thêm họ vào khóa trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="19"/>
        <source>Only attendance, pre-test, post-test and oral test can be recorded for a participant.</source>
        <translation>Chỉ ghi được điểm danh, điểm trước, điểm sau và kiểm tra miệng cho học viên.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="21"/>
        <source>Nothing to record: give attendance or a score.</source>
        <translation>Chưa có gì để ghi: hãy nhập điểm danh hoặc điểm số.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="22"/>
        <source>No column holds the participants&apos; names. Name the first column &apos;Họ và tên&apos;.</source>
        <translation>Không có cột nào ghi tên học viên. Hãy đặt tên cột đầu tiên là &apos;Họ và tên&apos;.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="24"/>
        <source>This session names no training module. Choose its module first, then print the sheet.</source>
        <translation>Khóa tập huấn này chưa chọn học phần. Hãy chọn học phần trước rồi in danh sách.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="26"/>
        <source>Choose the pre-test or the post-test.</source>
        <translation>Hãy chọn bài kiểm tra trước hoặc sau tập huấn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="27"/>
        <source>This module has no knowledge checks, so no test can be printed from it.</source>
        <translation>Học phần này không có câu hỏi kiểm tra kiến thức nên không in được bài kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="29"/>
        <source>No participant of this session has a certificate due: record attendance and post-test scores first.</source>
        <translation>Chưa có học viên nào của khóa này đủ điều kiện nhận giấy chứng nhận: hãy ghi điểm danh và điểm kiểm tra sau trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="31"/>
        <source>This certificate could not be verified.</source>
        <translation>Không xác thực được giấy chứng nhận này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="32"/>
        <source>This is not a PAN certificate code. Scan the QR code on the certificate again.</source>
        <translation>Đây không phải mã giấy chứng nhận của PAN. Hãy quét lại mã QR trên giấy chứng nhận.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="34"/>
        <source>This certificate was changed after it was issued: it is not valid.</source>
        <translation>Giấy chứng nhận này đã bị sửa sau khi cấp: không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="36"/>
        <source>The computer that issued this certificate is not vouched for by a hub this computer knows: it cannot be trusted.</source>
        <translation>Máy tính cấp giấy chứng nhận này không được máy chủ đồng bộ nào mà máy này biết xác nhận: không thể tin cậy.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="38"/>
        <source>It must be a number.</source>
        <translation>Giá trị phải là một số.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="39"/>
        <source>It must be between {low} and {high}.</source>
        <translation>Giá trị phải nằm trong khoảng từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="40"/>
        <source>&apos;{value}&apos; is not a number of correct answers out of a total (for example 7/10).</source>
        <translation>&apos;{value}&apos; không phải là số câu đúng trên tổng số câu (ví dụ 7/10).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="42"/>
        <source>Record one answer for each of the {expected} questions.</source>
        <translation>Hãy ghi một câu trả lời cho mỗi câu trong {expected} câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/training/messages.py" line="43"/>
        <source>An answer is not one of the question&apos;s choices. Choose it again.</source>
        <translation>Có câu trả lời không thuộc các lựa chọn của câu hỏi. Hãy chọn lại.</translation>
    </message>
</context>
</TS>
