<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="82"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="89"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="92"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="94"/>
        <source>Print centre</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="96"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="103"/>
        <source>Conflicts ({count})</source>
        <translation>Xung đột ({count})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="103"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="144"/>
        <source>Opening the network&apos;s records…</source>
        <translation>Đang mở dữ liệu của mạng lưới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="198"/>
        <source>About PAN Desktop</source>
        <translation>Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="199"/>
        <source>PAN Desktop {version}

The offline knowledge and capacity-building app of the Plastic Action Network (PAN), Vietnam.

Data folder: {path}</source>
        <translation>PAN Desktop {version}

Ứng dụng tri thức và nâng cao năng lực dùng được khi không có mạng của Mạng lưới Hành động về Nhựa (PAN), Việt Nam.

Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="205"/>
        <source>Import initiatives</source>
        <translation>Nhập sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="205"/>
        <source>Spreadsheets (*.csv *.jsonl)</source>
        <translation>Bảng tính (*.csv *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="208"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="215"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="216"/>
        <source>{created} initiatives added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đã thêm {created} sáng kiến, cập nhật {updated}, {unchanged} không đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="223"/>
        <source>Nothing was imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="224"/>
        <source>{count} problem(s) were found in the file, so nothing was imported and your data is unchanged. Fix the rows listed below and import the file again.</source>
        <translation>Tệp có {count} lỗi nên chưa nhập dòng nào, dữ liệu của bạn không thay đổi. Hãy sửa các dòng liệt kê dưới đây rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="238"/>
        <source>Export initiatives</source>
        <translation>Xuất sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="238"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="242"/>
        <source>{count} initiatives exported to {file}</source>
        <translation>Đã xuất {count} sáng kiến ra {file}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="246"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="266"/>
        <source>{initiatives} initiatives · {organizations} organisations · {policies} policies · {events} events</source>
        <translation>{initiatives} sáng kiến · {organizations} tổ chức · {policies} chính sách · {events} sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="278"/>
        <source>PAN Desktop – Plastic Action Network</source>
        <translation>PAN Desktop – Mạng lưới Hành động về Nhựa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="280"/>
        <source>&amp;Import initiatives…</source>
        <translation>&amp;Nhập sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Export initiatives…</source>
        <translation>&amp;Xuất sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="282"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="283"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="284"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="285"/>
        <source>&amp;About PAN Desktop</source>
        <translation>&amp;Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="286"/>
        <source>Data: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/errors.py" line="20"/>
        <source>The file or folder could not be used: {error}. Check that it exists and that you may write there.</source>
        <translation>Không dùng được tệp hoặc thư mục: {error}. Hãy kiểm tra nó có tồn tại và bạn có quyền ghi vào đó.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/errors.py" line="21"/>
        <source>Something went wrong inside PAN Desktop ({kind}). Your data is safe; the details are in the log file in the data folder.</source>
        <translation>PAN Desktop gặp lỗi bên trong ({kind}). Dữ liệu của bạn vẫn an toàn; chi tiết có trong tệp nhật ký ở thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/errors.py" line="30"/>
        <source>PAN Desktop</source>
        <translation>PAN Desktop</translation>
    </message>
</context>
</TS>
