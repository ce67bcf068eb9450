<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="110"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="111"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="118"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="119"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="120"/>
        <source>Print centre</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="121"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="123"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="202"/>
        <source>Conflicts ({count})</source>
        <translation>Xung đột ({count})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="202"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="345"/>
        <source>Opening the network&apos;s records…</source>
        <translation>Đang mở dữ liệu của mạng lưới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="415"/>
        <source>About PAN Desktop</source>
        <translation>Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="416"/>
        <source>PAN Desktop {version}

The offline knowledge and capacity-building app of the Plastic Action Network (PAN), Vietnam.

Data folder: {path}</source>
        <translation>PAN Desktop {version}

Ứng dụng tri thức và nâng cao năng lực dùng được khi không có mạng của Mạng lưới Hành động về Nhựa (PAN), Việt Nam.

Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="422"/>
        <source>Import initiatives</source>
        <translation>Nhập sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="422"/>
        <source>Spreadsheets (*.csv *.jsonl)</source>
        <translation>Bảng tính (*.csv *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="425"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="432"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="433"/>
        <source>{created} initiatives added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đã thêm {created} sáng kiến, cập nhật {updated}, {unchanged} không đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="440"/>
        <source>Nothing was imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="441"/>
        <source>{problems} found in the file, so nothing was imported and your data is unchanged. Fix the rows listed under Show Details and import the file again.</source>
        <translation>Phát hiện {problems} trong tệp nên chưa nhập gì và dữ liệu của bạn không thay đổi. Hãy sửa các dòng liệt kê trong Xem chi tiết rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="456"/>
        <source>Export initiatives</source>
        <translation>Xuất sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="456"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="460"/>
        <source>{count} initiatives exported to {file}</source>
        <translation>Đã xuất {count} sáng kiến ra {file}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="464"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="488"/>
        <source>{initiatives} initiatives · {organizations} organisations · {policies} policies · {events} events</source>
        <translation>{initiatives} sáng kiến · {organizations} tổ chức · {policies} chính sách · {events} sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="499"/>
        <source>Show the page names</source>
        <translation>Hiện tên các trang</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="499"/>
        <source>Show icons only</source>
        <translation>Chỉ hiện biểu tượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="508"/>
        <source>PAN Desktop – Plastic Action Network</source>
        <translation>PAN Desktop – Mạng lưới Hành động về Nhựa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="509"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Import initiatives…</source>
        <translation>&amp;Nhập sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="511"/>
        <source>&amp;Export initiatives…</source>
        <translation>&amp;Xuất sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="512"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="513"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="514"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="515"/>
        <source>&amp;About PAN Desktop</source>
        <translation>&amp;Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="516"/>
        <source>Data: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="519"/>
        <source>This data folder is read-only (a write-protected USB stick?): you can browse, search, read and print, but nothing can be saved. Copy the folder to this computer to make changes.</source>
        <translation>Thư mục dữ liệu này chỉ đọc được (USB đang bật chống ghi?): bạn vẫn xem, tìm kiếm, đọc và in được, nhưng không lưu được gì. Hãy chép thư mục vào máy này nếu muốn thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="521"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="522"/>
        <source>Choose a page; Ctrl+K goes to Search from anywhere</source>
        <translation>Chọn một trang; Ctrl+K mở Tìm kiếm từ bất kỳ đâu</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <location filename="../../pan_desktop/ui/search_hints.py" line="55"/>
        <source>Search everything on this computer at once: the network&apos;s initiatives, organisations, policies and events, the lessons of the training modules, the guideline sections and the glossary. Type with or without diacritics (“phan loai” finds “phân loại”); results appear as you type, and Enter opens the first.</source>
        <translation>Tìm cùng lúc mọi thứ trên máy này: sáng kiến, tổ chức, chính sách và sự kiện của mạng lưới, các bài học trong học phần tập huấn, các phần của hướng dẫn kỹ thuật và bảng thuật ngữ. Gõ có dấu hoặc không dấu đều được (“phan loai” tìm ra “phân loại”); kết quả hiện ngay khi gõ, Enter mở kết quả đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search_hints.py" line="58"/>
        <source>Try:</source>
        <translation>Thử tìm:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search_hints.py" line="61"/>
        <source>Search for this</source>
        <translation>Tìm từ này</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="129"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="141"/>
        <source>Choose your organisation&apos;s logo</source>
        <translation>Chọn logo của tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="142"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="151"/>
        <source>no logo</source>
        <translation>chưa có logo</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="161"/>
        <source>not an image</source>
        <translation>không phải hình ảnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="176"/>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="176"/>
        <source>Shown as the author of what you add, and on certificates</source>
        <translation>Ghi là người nhập những gì bạn thêm, và in trên giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="177"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="177"/>
        <source>Printed at the top of handouts, booklets and certificates</source>
        <translation>In ở đầu tài liệu phát tay, sổ tay và giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="178"/>
        <source>Organisation logo</source>
        <translation>Logo tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="178"/>
        <source>A PNG or JPEG image printed beside the organisation&apos;s name</source>
        <translation>Ảnh PNG hoặc JPEG in bên cạnh tên tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="179"/>
        <source>First signatory</source>
        <translation>Người ký thứ nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="179"/>
        <source>Name and title under the first signature line of a certificate</source>
        <translation>Họ tên và chức danh dưới dòng chữ ký thứ nhất của giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="180"/>
        <source>Second signatory</source>
        <translation>Người ký thứ hai</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="180"/>
        <source>Name and title under the second signature line (optional)</source>
        <translation>Họ tên và chức danh dưới dòng chữ ký thứ hai (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="181"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="181"/>
        <source>The language of the menus, buttons and messages</source>
        <translation>Ngôn ngữ của trình đơn, nút và thông báo</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="182"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="182"/>
        <source>Sync only when you press Sync now, never by itself</source>
        <translation>Chỉ đồng bộ khi bạn bấm Đồng bộ ngay, không tự đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="183"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="183"/>
        <source>Where your records, content and settings are kept</source>
        <translation>Nơi lưu bản ghi, tài liệu và cài đặt của bạn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="192"/>
        <source>Only sync on demand (for metered or expensive connections)</source>
        <translation>Chỉ đồng bộ khi tôi yêu cầu (cho kết nối tính phí theo dung lượng)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="193"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="194"/>
        <source>Choose the logo file</source>
        <translation>Chọn tệp logo</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="195"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="196"/>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="197"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="198"/>
        <source>This data folder is read-only: settings cannot be changed here.</source>
        <translation>Thư mục dữ liệu này chỉ đọc được: không thể thay đổi cài đặt ở đây.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="200"/>
        <source>Your name, organisation, logo and signatories appear on what you print.</source>
        <translation>Tên bạn, tổ chức, logo và người ký sẽ xuất hiện trên tài liệu bạn in.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="71"/>
        <source>On this computer now: {initiatives}, {organizations}, {policies} and {events}, the training modules and technical guidelines of the Library, and the glossary.</source>
        <translation>Hiện có trên máy này: {initiatives}, {organizations}, {policies} và {events}, các học phần tập huấn và hướng dẫn kỹ thuật trong Thư viện, cùng bảng thuật ngữ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="85"/>
        <source>PAN Desktop is the offline library and shared database of the Plastic Action Network (PAN) in Vietnam. Everything here works without an internet connection: read and teach the training modules, follow the technical guidelines on a site visit, search the network&apos;s initiatives, organisations, policies and events, and print material for a workshop.</source>
        <translation>PAN Desktop là thư viện và cơ sở dữ liệu dùng chung, không cần mạng, của Mạng lưới Hành động về Nhựa (PAN) tại Việt Nam. Mọi thứ ở đây đều dùng được khi không có internet: đọc và giảng dạy các học phần tập huấn, làm theo hướng dẫn kỹ thuật khi đi thực địa, tìm sáng kiến, tổ chức, chính sách và sự kiện của mạng lưới, và in tài liệu cho buổi tập huấn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="90"/>
        <source>Three first steps</source>
        <translation>Ba bước đầu tiên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="92"/>
        <source>Open the library</source>
        <translation>Mở thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="93"/>
        <source>Training modules to run with a group, with facilitator notes and knowledge checks, and technical guidelines with site checklists.</source>
        <translation>Học phần tập huấn để dạy theo nhóm, có ghi chú cho người điều phối và câu hỏi kiểm tra kiến thức, cùng hướng dẫn kỹ thuật có bảng kiểm tại cơ sở.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="95"/>
        <source>Print a handout</source>
        <translation>In tài liệu phát tay</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="96"/>
        <source>Handouts, A5 booklets, attendance sheets and certificates, ready for a workshop without electricity or a projector.</source>
        <translation>Tài liệu phát tay, sổ tay A5, danh sách điểm danh và giấy chứng nhận, sẵn sàng cho buổi tập huấn không có điện hay máy chiếu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="98"/>
        <source>Connect to the hub</source>
        <translation>Kết nối với máy chủ mạng lưới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="99"/>
        <source>With the hub address and the invite code from the PAN secretariat, share your records with the network and receive the newest modules when you have a connection.</source>
        <translation>Với địa chỉ máy chủ và mã mời do Ban thư ký PAN cung cấp, bạn chia sẻ bản ghi với mạng lưới và nhận các học phần mới nhất khi có kết nối.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="106"/>
        <source>Tip: press Ctrl+K anywhere to search everything, with or without diacritics. This page stays in the list on the left as “Start”.</source>
        <translation>Mẹo: bấm Ctrl+K ở bất kỳ đâu để tìm mọi thứ, có dấu hay không dấu đều được. Trang này vẫn nằm trong danh sách bên trái với tên “Bắt đầu”.</translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="14"/>
        <source>{n} initiative</source>
        <translation>{n} sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="14"/>
        <source>{n} initiatives</source>
        <translation>{n} sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="15"/>
        <source>{n} organisation</source>
        <translation>{n} tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="15"/>
        <source>{n} organisations</source>
        <translation>{n} tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="16"/>
        <source>{n} policy</source>
        <translation>{n} chính sách</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="16"/>
        <source>{n} policies</source>
        <translation>{n} chính sách</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="17"/>
        <source>{n} event</source>
        <translation>{n} sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="17"/>
        <source>{n} events</source>
        <translation>{n} sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="18"/>
        <source>{n} record</source>
        <translation>{n} bản ghi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="18"/>
        <source>{n} records</source>
        <translation>{n} bản ghi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="19"/>
        <source>{n} lesson</source>
        <translation>{n} bài học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="19"/>
        <source>{n} lessons</source>
        <translation>{n} bài học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="20"/>
        <source>{n} section</source>
        <translation>{n} phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="20"/>
        <source>{n} sections</source>
        <translation>{n} phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="21"/>
        <source>{n} term</source>
        <translation>{n} thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="21"/>
        <source>{n} terms</source>
        <translation>{n} thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="22"/>
        <source>{n} pack</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="22"/>
        <source>{n} packs</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="23"/>
        <source>{n} problem</source>
        <translation>{n} lỗi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/text.py" line="23"/>
        <source>{n} problems</source>
        <translation>{n} lỗi</translation>
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
        <source>The data in {path} was saved by a newer version of PAN Desktop. Install that version (ask your secretariat) to open it; this one leaves the data untouched.</source>
        <translation>Dữ liệu trong {path} được lưu bởi phiên bản PAN Desktop mới hơn. Hãy cài phiên bản đó (hỏi Ban thư ký) để mở; phiên bản này không đụng đến dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="37"/>
        <source>The database {path} is damaged or is not a PAN Desktop database. Move it out of the data folder (keep it: it may be recoverable) and start PAN Desktop again, or put back one of the backups beside it.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng hoặc không phải của PAN Desktop. Hãy chuyển nó ra khỏi thư mục dữ liệu (giữ lại: có thể khôi phục được) rồi mở lại PAN Desktop, hoặc đặt lại một bản sao lưu nằm bên cạnh nó.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="40"/>
        <source>The data in {path} was saved by an older version of PAN Desktop and cannot be updated, because the folder is read-only (a write-protected USB stick?). Copy the folder to this computer and open the copy.</source>
        <translation>Dữ liệu trong {path} được lưu bởi phiên bản PAN Desktop cũ hơn và không thể cập nhật vì thư mục chỉ đọc được (USB đang bật chống ghi?). Hãy chép thư mục vào máy này rồi mở bản chép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="44"/>
        <source>This data folder is read-only, so nothing can be saved. Copy it to this computer (or remove the USB stick&apos;s write protection) to make changes.</source>
        <translation>Thư mục dữ liệu này chỉ đọc được nên không lưu được gì. Hãy chép nó vào máy này (hoặc tắt chống ghi của USB) để thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="47"/>
        <source>Some values cannot be saved as they are. Correct the fields marked in red and try again.</source>
        <translation>Một số giá trị chưa lưu được như hiện tại. Hãy sửa các ô được đánh dấu đỏ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="49"/>
        <source>Nothing was imported from {file}: {count} problem(s) were found. Your data is unchanged. Fix the rows listed and import the file again.</source>
        <translation>Chưa nhập gì từ {file}: tìm thấy {count} lỗi. Dữ liệu của bạn không thay đổi. Hãy sửa các dòng được liệt kê rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="76"/>
        <source>A file or folder could not be used ({name}). Check that it exists, that the disk or USB stick is not full or write-protected, and try again.</source>
        <translation>Không dùng được tệp hoặc thư mục ({name}). Hãy kiểm tra nó có tồn tại, ổ đĩa hoặc USB không bị đầy hay bị khóa ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="79"/>
        <source>Something went wrong inside PAN Desktop. Your data is safe; the details are in the log file in the data folder.</source>
        <translation>Đã xảy ra lỗi bên trong PAN Desktop. Dữ liệu của bạn vẫn an toàn; chi tiết nằm trong tệp nhật ký ở thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/startup.py" line="75"/>
        <source>PAN Desktop cannot open its data</source>
        <translation>PAN Desktop không mở được dữ liệu</translation>
    </message>
</context>
</TS>
