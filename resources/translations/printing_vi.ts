<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="186"/>
        <source>Module handout</source>
        <translation>Tài liệu phát tay của học phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="186"/>
        <source>Site checklist</source>
        <translation>Phiếu kiểm tra tại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="187"/>
        <source>Initiative factsheet</source>
        <translation>Thông tin sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="187"/>
        <source>Policy brief</source>
        <translation>Tóm tắt chính sách</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="188"/>
        <source>Attendance sheet</source>
        <translation>Danh sách tham dự</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="188"/>
        <source>Certificates of participation</source>
        <translation>Giấy chứng nhận tham gia</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="189"/>
        <source>Monthly newsletter</source>
        <translation>Bản tin hằng tháng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="191"/>
        <source>Factory</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="191"/>
        <source>Junk shop</source>
        <translation>Cơ sở thu mua phế liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="192"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="192"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="192"/>
        <source>Vietnamese and English</source>
        <translation>Tiếng Việt và tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="193"/>
        <source>What to print</source>
        <translation>In gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="194"/>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="195"/>
        <source>Printable</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="195"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="195"/>
        <source>Record or module</source>
        <translation>Bản ghi hoặc học phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="196"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="196"/>
        <source>Kind of site</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="196"/>
        <source>Names (CSV)</source>
        <translation>Danh sách tên (CSV)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="197"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="197"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="197"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="199"/>
        <source>Type part of a title</source>
        <translation>Gõ một phần tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="200"/>
        <source>A CSV file with a &apos;name&apos; column</source>
        <translation>Tệp CSV có cột &apos;name&apos;</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="201"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="202"/>
        <source>Fill the page</source>
        <translation>Vừa một trang</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="203"/>
        <source>A5 booklet (fold A4 sheets in half)</source>
        <translation>Sổ tay A5 (gấp đôi tờ A4)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="204"/>
        <source>Large print</source>
        <translation>Chữ lớn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="205"/>
        <source>Black and white (for photocopies)</source>
        <translation>Đen trắng (để photocopy)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="206"/>
        <source>QR code to the source</source>
        <translation>Mã QR dẫn tới nguồn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="207"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="208"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="209"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="210"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="212"/>
        <source>Printed for: {org}. Change the organisation&apos;s name and logo in Settings.</source>
        <translation>In cho: {org}. Đổi tên và logo của tổ chức trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="213"/>
        <source>(no organisation set)</source>
        <translation>(chưa đặt tên tổ chức)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="215"/>
        <source>Choose what to print; the first pages appear here.</source>
        <translation>Chọn tài liệu cần in; các trang đầu sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="272"/>
        <source>Names of the participants</source>
        <translation>Danh sách người tham dự</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="272"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="305"/>
        <source>Choose a record or module first (and the names file for certificates).</source>
        <translation>Hãy chọn bản ghi hoặc học phần trước (và tệp danh sách tên nếu in giấy chứng nhận).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="311"/>
        <source>Making the PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="328"/>
        <source>{pages} page(s), {size} KB.</source>
        <translation>{pages} trang, {size} KB.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="333"/>
        <source>No preview: {reason}</source>
        <translation>Không xem trước được: {reason}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="358"/>
        <source>Save the PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="358"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="364"/>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="379"/>
        <source>Sending to the printer…</source>
        <translation>Đang gửi tới máy in…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="390"/>
        <source>{pages} page(s) sent to the printer.</source>
        <translation>Đã gửi {pages} trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="397"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="415"/>
        <source>Laying out page {done}…</source>
        <translation>Đang dàn trang {done}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="415"/>
        <source>Drawing the preview…</source>
        <translation>Đang vẽ bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/printing/page.py" line="416"/>
        <source>Printing page {done} of {total}…</source>
        <translation>Đang in trang {done}/{total}…</translation>
    </message>
</context>
</TS>
