<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="79"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="85"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="86"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="87"/>
        <source>Print centre</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="88"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="143"/>
        <source>Conflicts ({count})</source>
        <translation>Xung đột ({count})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="143"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="220"/>
        <source>Opening the network&apos;s records…</source>
        <translation>Đang mở dữ liệu của mạng lưới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="282"/>
        <source>About PAN Desktop</source>
        <translation>Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="283"/>
        <source>PAN Desktop {version}

The offline knowledge and capacity-building app of the Plastic Action Network (PAN), Vietnam.

Data folder: {path}</source>
        <translation>PAN Desktop {version}

Ứng dụng tri thức và nâng cao năng lực dùng được khi không có mạng của Mạng lưới Hành động về Nhựa (PAN), Việt Nam.

Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="289"/>
        <source>Import initiatives</source>
        <translation>Nhập sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="289"/>
        <source>Spreadsheets (*.csv *.jsonl)</source>
        <translation>Bảng tính (*.csv *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="292"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="299"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="300"/>
        <source>{created} initiatives added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đã thêm {created} sáng kiến, cập nhật {updated}, {unchanged} không đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="307"/>
        <source>Nothing was imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="308"/>
        <source>{count} problem(s) were found in the file, so nothing was imported and your data is unchanged. Fix the rows listed below and import the file again.</source>
        <translation>Tệp có {count} lỗi nên chưa nhập dòng nào, dữ liệu của bạn không thay đổi. Hãy sửa các dòng liệt kê dưới đây rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="322"/>
        <source>Export initiatives</source>
        <translation>Xuất sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="322"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="326"/>
        <source>{count} initiatives exported to {file}</source>
        <translation>Đã xuất {count} sáng kiến ra {file}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="330"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="352"/>
        <source>{initiatives} initiatives · {organizations} organisations · {policies} policies · {events} events</source>
        <translation>{initiatives} sáng kiến · {organizations} tổ chức · {policies} chính sách · {events} sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="364"/>
        <source>PAN Desktop – Plastic Action Network</source>
        <translation>PAN Desktop – Mạng lưới Hành động về Nhựa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="365"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="366"/>
        <source>&amp;Import initiatives…</source>
        <translation>&amp;Nhập sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="367"/>
        <source>&amp;Export initiatives…</source>
        <translation>&amp;Xuất sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="368"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="369"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="370"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="371"/>
        <source>&amp;About PAN Desktop</source>
        <translation>&amp;Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="372"/>
        <source>Data: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/errors.py" line="33"/>
        <source>PAN Desktop</source>
        <translation>PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="27"/>
        <source>PAN Desktop could not do this. Your data is unchanged; try again, and if it happens again, send the log file from the data folder to your secretariat.</source>
        <translation>PAN Desktop không thực hiện được việc này. Dữ liệu của bạn không thay đổi; hãy thử lại, nếu vẫn lỗi, hãy gửi tệp nhật ký trong thư mục dữ liệu cho ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="29"/>
        <source>What you asked for is not here any more: it may have been deleted or moved. Refresh the list and try again.</source>
        <translation>Mục bạn yêu cầu không còn ở đây: có thể nó đã bị xóa hoặc chuyển đi. Hãy làm mới danh sách và thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="31"/>
        <source>Stopped, as you asked. What was already done is kept.</source>
        <translation>Đã dừng theo yêu cầu của bạn. Phần đã làm xong vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="32"/>
        <source>The data folder {path} cannot be used. Check that it exists and that you may write there, or choose another folder.</source>
        <translation>Không dùng được thư mục dữ liệu {path}. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó, hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="34"/>
        <source>Some values cannot be saved as they are. Correct the fields marked in red and try again.</source>
        <translation>Một số giá trị chưa lưu được như hiện tại. Hãy sửa các ô được đánh dấu đỏ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="36"/>
        <source>Nothing was imported from {file}: {count} problem(s) were found. Your data is unchanged. Fix the rows listed and import the file again.</source>
        <translation>Chưa nhập gì từ {file}: tìm thấy {count} lỗi. Dữ liệu của bạn không thay đổi. Hãy sửa các dòng được liệt kê rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="63"/>
        <source>A file or folder could not be used ({name}). Check that it exists, that the disk or USB stick is not full or write-protected, and try again.</source>
        <translation>Không dùng được tệp hoặc thư mục ({name}). Hãy kiểm tra nó có tồn tại, ổ đĩa hoặc USB không bị đầy hay bị khóa ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="66"/>
        <source>Something went wrong inside PAN Desktop. Your data is safe; the details are in the log file in the data folder.</source>
        <translation>Đã xảy ra lỗi bên trong PAN Desktop. Dữ liệu của bạn vẫn an toàn; chi tiết nằm trong tệp nhật ký ở thư mục dữ liệu.</translation>
    </message>
</context>
</TS>
