<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="117"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="118"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="125"/>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="127"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="128"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="129"/>
        <source>Print centre</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="130"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="132"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="214"/>
        <source>Conflicts ({count})</source>
        <translation>Xung đột ({count})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="214"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="351"/>
        <source>Opening the network&apos;s records…</source>
        <translation>Đang mở dữ liệu của mạng lưới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="417"/>
        <source>About PAN Desktop</source>
        <translation>Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="418"/>
        <source>PAN Desktop {version}

The offline knowledge and capacity-building app of the Plastic Action Network (PAN), Vietnam.

Data folder: {path}</source>
        <translation>PAN Desktop {version}

Ứng dụng tri thức và nâng cao năng lực dùng được khi không có mạng của Mạng lưới Hành động về Nhựa (PAN), Việt Nam.

Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="424"/>
        <source>Import initiatives</source>
        <translation>Nhập sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="424"/>
        <source>Spreadsheets (*.csv *.jsonl)</source>
        <translation>Bảng tính (*.csv *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="427"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="434"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="444"/>
        <source>Nothing was imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="445"/>
        <source>{problems} found in the file, so nothing was imported and your data is unchanged. Fix the rows listed under Show Details and import the file again.</source>
        <translation>Phát hiện {problems} trong tệp nên chưa nhập gì và dữ liệu của bạn không thay đổi. Hãy sửa các dòng liệt kê trong Xem chi tiết rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="460"/>
        <source>Export initiatives</source>
        <translation>Xuất sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="460"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="464"/>
        <source>{count} initiatives exported to {file}</source>
        <translation>Đã xuất {count} sáng kiến ra {file}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="468"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="491"/>
        <source>{initiatives} initiatives · {organizations} organisations · {policies} policies · {events} events</source>
        <translation>{initiatives} sáng kiến · {organizations} tổ chức · {policies} chính sách · {events} sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="502"/>
        <source>Show the page names</source>
        <translation>Hiện tên các trang</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="502"/>
        <source>Show icons only</source>
        <translation>Chỉ hiện biểu tượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="506"/>
        <source>PAN Desktop – Plastic Action Network</source>
        <translation>PAN Desktop – Mạng lưới Hành động về Nhựa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="507"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="508"/>
        <source>&amp;Import initiatives…</source>
        <translation>&amp;Nhập sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Export initiatives…</source>
        <translation>&amp;Xuất sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="511"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="512"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="513"/>
        <source>&amp;About PAN Desktop</source>
        <translation>&amp;Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="514"/>
        <source>Data: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="517"/>
        <source>This data folder is read-only (a write-protected USB stick?): you can browse, search, read and print, but nothing can be saved. Copy the folder to this computer to make changes.</source>
        <translation>Thư mục dữ liệu này chỉ đọc được (USB đang bật chống ghi?): bạn vẫn xem, tìm kiếm, đọc và in được, nhưng không lưu được gì. Hãy chép thư mục vào máy này nếu muốn thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="519"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="520"/>
        <source>Choose a page; Ctrl+K goes to Search from anywhere</source>
        <translation>Chọn một trang; Ctrl+K mở Tìm kiếm từ bất kỳ đâu</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <location filename="../../pan_desktop/ui/search_hints.py" line="52"/>
        <source>Search everything on this computer at once: the network&apos;s initiatives, organisations, policies and events, the lessons of the training modules, the guideline sections and the glossary. Type with or without diacritics (“phan loai” finds “phân loại”); results appear as you type, and Enter opens the first.</source>
        <translation>Tìm cùng lúc mọi thứ trên máy này: sáng kiến, tổ chức, chính sách và sự kiện của mạng lưới, các bài học trong học phần tập huấn, các phần của hướng dẫn kỹ thuật và bảng thuật ngữ. Gõ có dấu hoặc không dấu đều được (“phan loai” tìm ra “phân loại”); kết quả hiện ngay khi gõ, Enter mở kết quả đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search_hints.py" line="55"/>
        <source>Try:</source>
        <translation>Thử tìm:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search_hints.py" line="58"/>
        <source>Search for this</source>
        <translation>Tìm từ này</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="130"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="142"/>
        <source>Choose your organisation&apos;s logo</source>
        <translation>Chọn logo của tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="143"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="152"/>
        <source>no logo</source>
        <translation>chưa có logo</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="162"/>
        <source>not an image</source>
        <translation>không phải hình ảnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="172"/>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="172"/>
        <source>Shown as the author of what you add, and on certificates</source>
        <translation>Ghi là người nhập những gì bạn thêm, và in trên giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="173"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="173"/>
        <source>Printed at the top of handouts, booklets and certificates</source>
        <translation>In ở đầu tài liệu phát tay, sổ tay và giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="174"/>
        <source>Organisation logo</source>
        <translation>Logo tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="174"/>
        <source>A PNG or JPEG image printed beside the organisation&apos;s name</source>
        <translation>Ảnh PNG hoặc JPEG in bên cạnh tên tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="175"/>
        <source>First signatory</source>
        <translation>Người ký thứ nhất</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="175"/>
        <source>Name and title under the first signature line of a certificate</source>
        <translation>Họ tên và chức danh dưới dòng chữ ký thứ nhất của giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="176"/>
        <source>Second signatory</source>
        <translation>Người ký thứ hai</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="176"/>
        <source>Name and title under the second signature line (optional)</source>
        <translation>Họ tên và chức danh dưới dòng chữ ký thứ hai (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="177"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="177"/>
        <source>The language of the menus, buttons and messages</source>
        <translation>Ngôn ngữ của trình đơn, nút và thông báo</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="178"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="178"/>
        <source>Sync only when you press Sync now, never by itself</source>
        <translation>Chỉ đồng bộ khi bạn bấm Đồng bộ ngay, không tự đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="179"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="179"/>
        <source>Where your records, content and settings are kept</source>
        <translation>Nơi lưu bản ghi, tài liệu và cài đặt của bạn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="188"/>
        <source>Only sync on demand (for metered or expensive connections)</source>
        <translation>Chỉ đồng bộ khi tôi yêu cầu (cho kết nối tính phí theo dung lượng)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="189"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="190"/>
        <source>Choose the logo file</source>
        <translation>Chọn tệp logo</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="191"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="192"/>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="193"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="194"/>
        <source>This data folder is read-only: settings cannot be changed here.</source>
        <translation>Thư mục dữ liệu này chỉ đọc được: không thể thay đổi cài đặt ở đây.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/settings_page.py" line="196"/>
        <source>Your name, organisation, logo and signatories appear on what you print.</source>
        <translation>Tên bạn, tổ chức, logo và người ký sẽ xuất hiện trên tài liệu bạn in.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="72"/>
        <source>On this computer now: {initiatives}, {organizations}, {policies} and {events}, the training modules and technical guidelines of the Library, and the glossary.</source>
        <translation>Hiện có trên máy này: {initiatives}, {organizations}, {policies} và {events}, các học phần tập huấn và hướng dẫn kỹ thuật trong Thư viện, cùng bảng thuật ngữ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="81"/>
        <source>PAN Desktop is the offline library and shared database of the Plastic Action Network (PAN) in Vietnam. Everything here works without an internet connection: read and teach the training modules, follow the technical guidelines on a site visit, search the network&apos;s initiatives, organisations, policies and events, and print material for a workshop.</source>
        <translation>PAN Desktop là thư viện và cơ sở dữ liệu dùng chung, không cần mạng, của Mạng lưới Hành động về Nhựa (PAN) tại Việt Nam. Mọi thứ ở đây đều dùng được khi không có internet: đọc và giảng dạy các học phần tập huấn, làm theo hướng dẫn kỹ thuật khi đi thực địa, tìm sáng kiến, tổ chức, chính sách và sự kiện của mạng lưới, và in tài liệu cho buổi tập huấn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="86"/>
        <source>Three first steps</source>
        <translation>Ba bước đầu tiên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="88"/>
        <source>Open the library</source>
        <translation>Mở thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="89"/>
        <source>Training modules to run with a group, with facilitator notes and knowledge checks, and technical guidelines with site checklists.</source>
        <translation>Học phần tập huấn để dạy theo nhóm, có ghi chú cho người điều phối và câu hỏi kiểm tra kiến thức, cùng hướng dẫn kỹ thuật có bảng kiểm tại cơ sở.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="91"/>
        <source>Print a handout</source>
        <translation>In tài liệu phát tay</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="92"/>
        <source>Handouts, A5 booklets, attendance sheets and certificates, ready for a workshop without electricity or a projector.</source>
        <translation>Tài liệu phát tay, sổ tay A5, danh sách điểm danh và giấy chứng nhận, sẵn sàng cho buổi tập huấn không có điện hay máy chiếu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="94"/>
        <source>Connect to the hub</source>
        <translation>Kết nối với máy chủ mạng lưới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="95"/>
        <source>With the hub address and the invite code from the PAN secretariat, share your records with the network and receive the newest modules when you have a connection.</source>
        <translation>Với địa chỉ máy chủ và mã mời do Ban thư ký PAN cung cấp, bạn chia sẻ bản ghi với mạng lưới và nhận các học phần mới nhất khi có kết nối.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/start_page.py" line="102"/>
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
        <location filename="../../pan_desktop/ui/error_messages.py" line="29"/>
        <source>PAN Desktop could not do this. Your data is unchanged; try again, and if it happens again, send the log file from the data folder to your secretariat.</source>
        <translation>PAN Desktop không thực hiện được việc này. Dữ liệu của bạn không thay đổi; hãy thử lại, nếu vẫn lỗi, hãy gửi tệp nhật ký trong thư mục dữ liệu cho ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="31"/>
        <source>What you asked for is not here any more: it may have been deleted or moved. Refresh the list and try again.</source>
        <translation>Mục bạn yêu cầu không còn ở đây: có thể nó đã bị xóa hoặc chuyển đi. Hãy làm mới danh sách và thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="33"/>
        <source>Stopped, as you asked. What was already done is kept.</source>
        <translation>Đã dừng theo yêu cầu của bạn. Phần đã làm xong vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="34"/>
        <source>The data folder {path} cannot be used. Check that it exists and that you may write there, or choose another folder.</source>
        <translation>Không dùng được thư mục dữ liệu {path}. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó, hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="36"/>
        <source>The data in {path} was saved by a newer version of PAN Desktop. Install that version (ask your secretariat) to open it; this one leaves the data untouched.</source>
        <translation>Dữ liệu trong {path} được lưu bởi phiên bản PAN Desktop mới hơn. Hãy cài phiên bản đó (hỏi Ban thư ký) để mở; phiên bản này không đụng đến dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="39"/>
        <source>The database {path} is damaged or is not a PAN Desktop database. Move it out of the data folder (keep it: it may be recoverable) and start PAN Desktop again, or put back one of the backups beside it.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng hoặc không phải của PAN Desktop. Hãy chuyển nó ra khỏi thư mục dữ liệu (giữ lại: có thể khôi phục được) rồi mở lại PAN Desktop, hoặc đặt lại một bản sao lưu nằm bên cạnh nó.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="42"/>
        <source>The data in {path} was saved by an older version of PAN Desktop and cannot be updated, because the folder is read-only (a write-protected USB stick?). Copy the folder to this computer and open the copy.</source>
        <translation>Dữ liệu trong {path} được lưu bởi phiên bản PAN Desktop cũ hơn và không thể cập nhật vì thư mục chỉ đọc được (USB đang bật chống ghi?). Hãy chép thư mục vào máy này rồi mở bản chép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="46"/>
        <source>This data folder is read-only, so nothing can be saved. Copy it to this computer (or remove the USB stick&apos;s write protection) to make changes.</source>
        <translation>Thư mục dữ liệu này chỉ đọc được nên không lưu được gì. Hãy chép nó vào máy này (hoặc tắt chống ghi của USB) để thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="49"/>
        <source>Some values cannot be saved as they are. Correct the fields marked in red and try again.</source>
        <translation>Một số giá trị chưa lưu được như hiện tại. Hãy sửa các ô được đánh dấu đỏ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="51"/>
        <source>Nothing was imported from {file}: {count} problem(s) were found. Your data is unchanged. Fix the rows listed and import the file again.</source>
        <translation>Chưa nhập gì từ {file}: tìm thấy {count} lỗi. Dữ liệu của bạn không thay đổi. Hãy sửa các dòng được liệt kê rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="78"/>
        <source>A file or folder could not be used ({name}). Check that it exists, that the disk or USB stick is not full or write-protected, and try again.</source>
        <translation>Không dùng được tệp hoặc thư mục ({name}). Hãy kiểm tra nó có tồn tại, ổ đĩa hoặc USB không bị đầy hay bị khóa ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="81"/>
        <source>Something went wrong inside PAN Desktop. Your data is safe; the details are in the log file in the data folder.</source>
        <translation>Đã xảy ra lỗi bên trong PAN Desktop. Dữ liệu của bạn vẫn an toàn; chi tiết nằm trong tệp nhật ký ở thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/startup.py" line="75"/>
        <source>PAN Desktop cannot open its data</source>
        <translation>PAN Desktop không mở được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="20"/>
        <source>PAN Desktop cannot import a “{suffix}” file. Choose a .csv, .xlsx or .jsonl file.</source>
        <translation>PAN Desktop không nhập được tệp «{suffix}». Hãy chọn tệp .csv, .xlsx hoặc .jsonl.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="22"/>
        <source>PAN Desktop reads Excel workbooks saved as .xlsx, not “{suffix}”. Open the file, save it as .xlsx or as CSV UTF-8, and import it again.</source>
        <translation>PAN Desktop đọc được bảng tính Excel dạng .xlsx, không đọc được «{suffix}». Hãy mở tệp, lưu lại dưới dạng .xlsx hoặc CSV UTF-8 rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="25"/>
        <source>The file {file} cannot be read. Check that it exists and is not open in another program, and try again.</source>
        <translation>Không đọc được tệp {file}. Hãy kiểm tra tệp có tồn tại và không đang mở trong chương trình khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="27"/>
        <source>The file is {size_mb} MB; PAN Desktop imports files of up to {limit_mb} MB. Split it into smaller files.</source>
        <translation>Tệp nặng {size_mb} MB; PAN Desktop chỉ nhập tệp tối đa {limit_mb} MB. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="29"/>
        <source>The import template is saved as a .csv or an .xlsx file. Choose one of these types.</source>
        <translation>Mẫu nhập liệu được lưu dưới dạng tệp .csv hoặc .xlsx. Hãy chọn một trong hai loại này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="31"/>
        <source>The template could not be saved as {file}. Check that the folder exists and that you may write there.</source>
        <translation>Không lưu được mẫu vào {file}. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="34"/>
        <source>This line is not valid {encoding} text: the file is damaged, or was joined from files saved in different ways. Save it again as CSV UTF-8.</source>
        <translation>Dòng này không phải văn bản {encoding} hợp lệ: tệp bị hỏng hoặc được ghép từ các tệp lưu theo cách khác nhau. Hãy lưu lại tệp dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="37"/>
        <source>The file is mostly UTF-8, but this line holds characters saved another way (it was probably joined from several files). In Excel use File › Save As and choose “CSV UTF-8”; in LibreOffice choose Save As › Text CSV with the character set “Unicode (UTF-8)”.</source>
        <translation>Tệp phần lớn là UTF-8 nhưng dòng này có ký tự được lưu theo cách khác (có lẽ tệp được ghép từ nhiều tệp). Trong Excel, chọn Tệp › Lưu Như (Save As) rồi chọn «CSV UTF-8»; trong LibreOffice, chọn Lưu thành › Text CSV với bộ ký tự «Unicode (UTF-8)».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="41"/>
        <source>The file is not UTF-8 text, and PAN Desktop does not recognise how it was saved. In Excel use File › Save As and choose “CSV UTF-8”; in LibreOffice choose Save As › Text CSV with the character set “Unicode (UTF-8)”.</source>
        <translation>Tệp không phải văn bản UTF-8 và PAN Desktop không nhận ra cách tệp được lưu. Trong Excel, chọn Tệp › Lưu Như (Save As) rồi chọn «CSV UTF-8»; trong LibreOffice, chọn Lưu thành › Text CSV với bộ ký tự «Unicode (UTF-8)».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="45"/>
        <source>The file is not UTF-8: it looks like {encoding}, the encoding of the old Vietnamese fonts. Convert the text to Unicode first (for example with Unikey&apos;s converter, Ctrl+Shift+F6: source {encoding}, destination Unicode), then save it as CSV UTF-8.</source>
        <translation>Tệp không phải UTF-8: có vẻ là bảng mã {encoding} của các phông chữ tiếng Việt cũ. Hãy chuyển văn bản sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey, Ctrl+Shift+F6: nguồn {encoding}, đích Unicode), rồi lưu dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="49"/>
        <source>The file is not UTF-8: it looks like the {encoding} code page, which can be read in more than one way, so PAN Desktop does not guess. In Excel use File › Save As and choose “CSV UTF-8”; in LibreOffice choose Save As › Text CSV with the character set “Unicode (UTF-8)”.</source>
        <translation>Tệp không phải UTF-8: có vẻ là bảng mã {encoding}; bảng mã này có thể đọc theo nhiều cách nên PAN Desktop không đoán. Trong Excel, chọn Tệp › Lưu Như (Save As) rồi chọn «CSV UTF-8»; trong LibreOffice, chọn Lưu thành › Text CSV với bộ ký tự «Unicode (UTF-8)».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="54"/>
        <source>The file was saved in the {encoding} code page, not UTF-8; it was read without losing a character. Saving it as CSV UTF-8 avoids this check.</source>
        <translation>Tệp được lưu bằng bảng mã {encoding}, không phải UTF-8; đã đọc được mà không mất ký tự nào. Lưu tệp dưới dạng CSV UTF-8 thì không cần kiểm tra việc này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="57"/>
        <source>This is an Excel workbook (.xlsx) with another name. Rename it to end in .xlsx and import it again.</source>
        <translation>Đây là bảng tính Excel (.xlsx) mang tên khác. Hãy đổi đuôi tên tệp thành .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="59"/>
        <source>This is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or as CSV UTF-8.</source>
        <translation>Đây là bảng tính Excel kiểu cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="61"/>
        <source>The file is not text (it holds binary data). Import a .csv, .xlsx or .jsonl file.</source>
        <translation>Tệp không phải văn bản (có dữ liệu nhị phân). Hãy nhập tệp .csv, .xlsx hoặc .jsonl.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="63"/>
        <source>The file is empty. Its first line must name the columns (the import template shows how).</source>
        <translation>Tệp trống. Dòng đầu tiên phải ghi tên các cột (xem mẫu nhập liệu).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="66"/>
        <source>A quote (&quot;) opened on this line is never closed, so everything after it would become one cell. Close the quote, or double it (&quot;&quot;) if it is part of the text.</source>
        <translation>Dấu ngoặc kép (&quot;) mở ở dòng này không được đóng, nên mọi thứ phía sau sẽ dồn vào một ô. Hãy đóng dấu ngoặc, hoặc viết thành hai dấu (&quot;&quot;) nếu đó là một phần của văn bản.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="69"/>
        <source>A quoted cell that starts on this line runs on to line {end}, where text follows its closing quote: a quote is missing or extra on this line.</source>
        <translation>Một ô trong ngoặc kép bắt đầu ở dòng này kéo dài tới dòng {end}, nơi có chữ ngay sau dấu ngoặc đóng: dòng này thiếu hoặc thừa một dấu ngoặc kép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="72"/>
        <source>A cell has text after its closing quote. Put the whole cell in quotes and double each quote inside it (&quot;&quot;).</source>
        <translation>Một ô có chữ nằm sau dấu ngoặc kép đóng. Hãy đặt cả ô trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="74"/>
        <source>A cell starting on this line is longer than {limit} characters; a quote is probably missing.</source>
        <translation>Một ô bắt đầu ở dòng này dài hơn {limit} ký tự; có lẽ thiếu một dấu ngoặc kép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="76"/>
        <source>This line cannot be read as CSV. Open the file in a spreadsheet and save it again as CSV UTF-8.</source>
        <translation>Không đọc được dòng này theo dạng CSV. Hãy mở tệp bằng chương trình bảng tính và lưu lại dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="79"/>
        <source>The sheet “{sheet}” is empty; its first row must name the columns.</source>
        <translation>Trang tính «{sheet}» trống; hàng đầu tiên phải ghi tên các cột.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="81"/>
        <source>The workbook unpacks to {size_mb} MB; the limit is {limit_mb} MB. Split it into smaller files.</source>
        <translation>Bảng tính khi giải nén nặng {size_mb} MB; giới hạn là {limit_mb} MB. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="83"/>
        <source>The file cannot be read as an Excel workbook. Open it in Excel or LibreOffice and save it again as .xlsx or as CSV UTF-8.</source>
        <translation>Không đọc được tệp này như một bảng tính Excel. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="85"/>
        <source>The workbook has no sheet of cells.</source>
        <translation>Bảng tính không có trang tính nào chứa ô dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="86"/>
        <source>The workbook has no sheet named “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>Bảng tính không có trang tính tên «{sheet}». Các trang tính hiện có: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="89"/>
        <source>No column holds the title (for example “Tên (tiếng Việt)” or “title_vi”). The first row must name the columns; the import template shows them.</source>
        <translation>Không có cột nào chứa tên sáng kiến (ví dụ «Tên (tiếng Việt)» hoặc «title_vi»). Hàng đầu tiên phải ghi tên các cột; xem mẫu nhập liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="92"/>
        <source>This column and column {other_letter} “{other}” mean the same field. Keep one of them.</source>
        <translation>Cột này và cột {other_letter} «{other}» cùng chỉ một trường. Hãy giữ lại một cột.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="94"/>
        <source>This column has no heading but holds data ({count} cells, the first on line {first_line}). Give it a heading, or delete what it holds.</source>
        <translation>Cột này không có tiêu đề nhưng có dữ liệu ({count} ô, ô đầu tiên ở dòng {first_line}). Hãy đặt tiêu đề cho cột, hoặc xóa dữ liệu trong cột.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="96"/>
        <source>This column holds data but matches no field; the closest known name is “{closest}”. Rename the column, or choose to leave out the columns that match no field.</source>
        <translation>Cột này có dữ liệu nhưng không khớp với trường nào; tên gần nhất là «{closest}». Hãy đổi tên cột, hoặc chọn bỏ qua các cột không khớp với trường nào.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="99"/>
        <source>This column matches no field; it is empty, so it was left out.</source>
        <translation>Cột này không khớp với trường nào; cột trống nên đã được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="101"/>
        <source>This column matches no field; its {count} value(s) were left out, as you asked.</source>
        <translation>Cột này không khớp với trường nào; {count} giá trị trong cột đã được bỏ qua theo yêu cầu của bạn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="104"/>
        <source>Two keys of this line mean the same field. Keep one of them.</source>
        <translation>Dòng này có hai khóa cùng chỉ một trường. Hãy giữ lại một khóa.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="106"/>
        <source>This key appears twice in the line.</source>
        <translation>Khóa này xuất hiện hai lần trong dòng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="107"/>
        <source>This line nests lists or objects too deeply to be a record.</source>
        <translation>Dòng này lồng danh sách hoặc đối tượng quá sâu nên không thể là một bản ghi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="108"/>
        <source>This line is not valid JSON (near character {position}).</source>
        <translation>Dòng này không phải JSON hợp lệ (gần ký tự thứ {position}).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="109"/>
        <source>Each line must be a JSON object {…}.</source>
        <translation>Mỗi dòng phải là một đối tượng JSON {…}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="111"/>
        <source>“{value}” is not a record id. Leave the id empty for a new record.</source>
        <translation>«{value}» không phải mã bản ghi. Hãy để trống mã nếu là bản ghi mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="112"/>
        <source>The same id is already on line {first}.</source>
        <translation>Mã này đã có ở dòng {first}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="113"/>
        <source>This id belongs to a record in {kind_en}, not to an initiative. Leave the id empty to add a new initiative.</source>
        <translation>Mã này thuộc về một bản ghi trong mục «{kind_vi}», không phải một sáng kiến. Hãy để trống mã để thêm sáng kiến mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="115"/>
        <source>The id must be text.</source>
        <translation>Mã phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="117"/>
        <source>“{name}” (on {count} row(s)) is not an organisation in the database, so it was kept as a name. Add the organisation, or give it this name as one of its other names, and import again to link it.</source>
        <translation>“{name}” (ở {count} dòng) không phải là tổ chức có trong cơ sở dữ liệu, nên được giữ nguyên dưới dạng tên. Hãy thêm tổ chức này, hoặc thêm tên này vào “Tên gọi khác” của tổ chức, rồi nhập lại để liên kết.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="120"/>
        <source>“{name}” (on {count} row(s)) could mean several organisations ({options}), so it was kept as a name. Write the organisation&apos;s full name to link it.</source>
        <translation>“{name}” (ở {count} dòng) có thể là nhiều tổ chức ({options}), nên được giữ nguyên dưới dạng tên. Hãy ghi tên đầy đủ của tổ chức để liên kết.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="124"/>
        <source>A title in Vietnamese or English is required.</source>
        <translation>Cần có tên bằng tiếng Việt hoặc tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="125"/>
        <source>The end is before the start.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="126"/>
        <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2023, 2023-08 or 2023-08-09).</source>
        <translation>Nhập ngày theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2023, 2023-08 hoặc 2023-08-09).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="128"/>
        <source>The year must be between 1900 and 2100.</source>
        <translation>Năm phải trong khoảng 1900 đến 2100.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="129"/>
        <source>The month must be 01 to 12.</source>
        <translation>Tháng phải từ 01 đến 12.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="130"/>
        <source>{month} has no day {day}.</source>
        <translation>Tháng {month} không có ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="131"/>
        <source>It is {length} characters long; the limit is {limit}.</source>
        <translation>Dài {length} ký tự; tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="132"/>
        <source>An item is {length} characters long; the limit is {limit} per item.</source>
        <translation>Có mục dài {length} ký tự; tối đa {limit} ký tự mỗi mục.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="134"/>
        <source>It has {count} items; the limit is {limit}.</source>
        <translation>Có {count} mục; tối đa {limit} mục.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="135"/>
        <source>“{value}” is not one of the allowed values.</source>
        <translation>«{value}» không có trong danh sách giá trị được phép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="136"/>
        <source>Write yes or no.</source>
        <translation>Ghi có hoặc không.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="137"/>
        <source>“{value}” is not a record id.</source>
        <translation>«{value}» không phải mã bản ghi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="138"/>
        <source>It must be text.</source>
        <translation>Phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="139"/>
        <source>Write the items separated by ;</source>
        <translation>Nhập các mục, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="140"/>
        <source>This is not a field of initiatives.</source>
        <translation>Đây không phải một trường của sáng kiến.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="147"/>
        <source>Line {line}, column {letter} «{column}»</source>
        <translation>Dòng {line}, cột {letter} «{column}»</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="149"/>
        <source>Line {line}, column {letter}</source>
        <translation>Dòng {line}, cột {letter}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="151"/>
        <source>Line {line}, «{column}»</source>
        <translation>Dòng {line}, «{column}»</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="152"/>
        <source>Line {line}</source>
        <translation>Dòng {line}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="168"/>
        <source>This line cannot be imported as it is.</source>
        <translation>Không nhập được dòng này như hiện tại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="174"/>
        <source>{added} added, {updated} updated, {present} already present, {refused} refused.</source>
        <translation>Đã thêm {added}, cập nhật {updated}, đã có sẵn {present}, bị từ chối {refused}.</translation>
    </message>
</context>
</TS>
