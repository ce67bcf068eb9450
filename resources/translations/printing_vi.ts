<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="228"/>
        <source>Module handout</source>
        <translation>Tài liệu phát tay của học phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="228"/>
        <source>Site checklist</source>
        <translation>Phiếu kiểm tra tại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="229"/>
        <source>Initiative factsheet</source>
        <translation>Thông tin sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="229"/>
        <source>Policy brief</source>
        <translation>Tóm tắt chính sách</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="230"/>
        <source>Attendance sheet</source>
        <translation>Danh sách tham dự</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="230"/>
        <source>Certificates of participation</source>
        <translation>Giấy chứng nhận tham gia</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="231"/>
        <source>Monthly newsletter</source>
        <translation>Bản tin hằng tháng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="233"/>
        <source>Factory</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="233"/>
        <source>Junk shop</source>
        <translation>Cơ sở thu mua phế liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="234"/>
        <source>Participants (no answers, no notes)</source>
        <translation>Học viên (không có đáp án, không có ghi chú)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="235"/>
        <source>Facilitator (notes, timings, answers)</source>
        <translation>Người hướng dẫn (ghi chú, thời lượng, đáp án)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="236"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="236"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="236"/>
        <source>Vietnamese and English</source>
        <translation>Tiếng Việt và tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="237"/>
        <source>What to print</source>
        <translation>In gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="238"/>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="239"/>
        <source>Printed for</source>
        <translation>In cho tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="240"/>
        <source>Printable</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="240"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="240"/>
        <source>Record or module</source>
        <translation>Bản ghi hoặc học phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="241"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="241"/>
        <source>Kind of site</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="241"/>
        <source>Edition</source>
        <translation>Bản in</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="242"/>
        <source>Names (CSV)</source>
        <translation>Danh sách tên (CSV)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="242"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="242"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="243"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="245"/>
        <source>Type part of a title</source>
        <translation>Gõ một phần tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="246"/>
        <source>A CSV file with a &apos;name&apos; column</source>
        <translation>Tệp CSV có cột &apos;name&apos;</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="247"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="248"/>
        <source>Fill the page</source>
        <translation>Vừa một trang</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="249"/>
        <source>A5 booklet (fold A4 sheets)</source>
        <translation>Sổ tay A5 (gấp đôi tờ A4)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="252"/>
        <source>QR code to the web source</source>
        <translation>Mã QR dẫn tới nguồn trên mạng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="257"/>
        <source>Change in Settings…</source>
        <translation>Đổi trong Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="437"/>
        <source>No preview could be drawn here; the PDF is made all the same: save it and open it with your PDF reader.</source>
        <translation>Không vẽ được bản xem trước ở đây; tệp PDF vẫn được tạo: hãy lưu và mở bằng trình đọc PDF.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="250"/>
        <source>Large print</source>
        <translation>Chữ lớn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="251"/>
        <source>Black and white (for photocopies)</source>
        <translation>Đen trắng (để photocopy)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="253"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="254"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="255"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="256"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="260"/>
        <source>Choose what to print; the first pages appear here.</source>
        <translation>Chọn tài liệu cần in; các trang đầu sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="265"/>
        <source>Organisation: {name}</source>
        <translation>Tổ chức: {name}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="265"/>
        <source>none set (the footer says PAN Desktop)</source>
        <translation>chưa đặt (chân trang ghi PAN Desktop)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="266"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="267"/>
        <source>Logo: {file}</source>
        <translation>Biểu trưng: {file}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="269"/>
        <source>Signatories on certificates: {names}</source>
        <translation>Người ký giấy chứng nhận: {names}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="270"/>
        <source>none (blank lines to sign)</source>
        <translation>chưa có (để trống dòng ký)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="360"/>
        <source>Names of the participants</source>
        <translation>Danh sách người tham dự</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="360"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="400"/>
        <source>Making the preview…</source>
        <translation>Đang tạo bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="403"/>
        <location filename="../../pan_desktop/ui/printing/page.py" line="409"/>
        <source>Choose a record or module first (and the names file for certificates).</source>
        <translation>Hãy chọn bản ghi hoặc học phần trước (và tệp danh sách tên nếu in giấy chứng nhận).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="415"/>
        <source>Making the PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="432"/>
        <source>{pages} page(s), {size} KB.</source>
        <translation>{pages} trang, {size} KB.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="466"/>
        <source>Save the PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="466"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="472"/>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="487"/>
        <source>Sending to the printer…</source>
        <translation>Đang gửi tới máy in…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="498"/>
        <source>{pages} page(s) sent to the printer.</source>
        <translation>Đã gửi {pages} trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="505"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="523"/>
        <source>Laying out page {done}…</source>
        <translation>Đang dàn trang {done}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="523"/>
        <source>Drawing the preview…</source>
        <translation>Đang vẽ bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="524"/>
        <source>Printing page {done} of {total}…</source>
        <translation>Đang in trang {done}/{total}…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../pan_desktop/ui/printing/messages.py" line="14"/>
        <source>The logo {path} could not be read, so the print has no logo. Choose a PNG or JPEG file in Settings.</source>
        <translation>Không đọc được biểu trưng {path}, nên bản in không có biểu trưng. Hãy chọn tệp PNG hoặc JPEG trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/messages.py" line="16"/>
        <source>{where}: the name is too long for one line; it is printed smaller, on {lines} line(s). Check it before printing.</source>
        <translation>{where}: tên quá dài cho một dòng; tên được in nhỏ hơn, trên {lines} dòng. Hãy kiểm tra trước khi in.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/messages.py" line="18"/>
        <source>{where}: the organisation is too long; it is shortened to two lines.</source>
        <translation>{where}: tên tổ chức quá dài; đã được rút gọn còn hai dòng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/messages.py" line="19"/>
        <source>{where}: the characters {chars} are in none of the fonts and print as a box. Correct the text or write them by hand.</source>
        <translation>{where}: các ký tự {chars} không có trong phông chữ nào và sẽ in thành ô vuông. Hãy sửa lại hoặc viết tay.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/messages.py" line="21"/>
        <source>{where}: the name is written right to left and would print with its letters reversed. Write it by hand on the printed page.</source>
        <translation>{where}: tên viết từ phải sang trái nên sẽ in ngược thứ tự chữ. Hãy viết tay tên này lên bản in.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/messages.py" line="23"/>
        <source>One list in this print is recorded in the other language only; it is printed as recorded.</source>
        <translation>Một danh sách trong bản in chỉ được ghi bằng ngôn ngữ kia; đã in đúng như bản ghi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/messages.py" line="46"/>
        <source>Certificate {n}</source>
        <translation>Giấy chứng nhận {n}</translation>
    </message>
</context>
</TS>
