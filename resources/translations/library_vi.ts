<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CheckCard</name>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="54"/>
        <source>Question {n}</source>
        <translation>Câu hỏi {n}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="58"/>
        <source>Check answer</source>
        <translation>Kiểm tra đáp án</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="59"/>
        <source>Shows whether the chosen answer is right, and why</source>
        <translation>Cho biết câu trả lời đã chọn có đúng không, và vì sao</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="85"/>
        <source>Correct.</source>
        <translation>Chính xác.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="88"/>
        <source>Not quite. The answer is: {answer}</source>
        <translation>Chưa đúng. Đáp án là: {answer}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="147"/>
        <source>Score: {correct} of {total} ({answered} answered)</source>
        <translation>Điểm: {correct}/{total} (đã trả lời {answered} câu)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="152"/>
        <source>Knowledge check</source>
        <translation>Kiểm tra kiến thức</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="132"/>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="140"/>
        <source>No term matches. Try fewer words, or the other language.</source>
        <translation>Không có thuật ngữ phù hợp. Hãy thử ít từ hơn, hoặc dùng ngôn ngữ kia.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="149"/>
        <source>Also called</source>
        <translation>Còn gọi là</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="152"/>
        <source>Search the glossary</source>
        <translation>Tìm trong bảng thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="153"/>
        <source>Terms</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="154"/>
        <source>The chosen term</source>
        <translation>Thuật ngữ đang chọn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="155"/>
        <source>Search a term in Vietnamese or English (diacritics optional)</source>
        <translation>Tìm thuật ngữ bằng tiếng Việt hoặc tiếng Anh (có dấu hay không dấu đều được)</translation>
    </message>
</context>
<context>
    <name>GuidelineView</name>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="302"/>
        <source>Overview and objectives</source>
        <translation>Tổng quan và mục tiêu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="302"/>
        <source>Sections by aspect</source>
        <translation>Các phần theo khía cạnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="307"/>
        <source>Site checklists</source>
        <translation>Bảng kiểm tại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="310"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="163"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="187"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="216"/>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="221"/>
        <source>Install a content pack</source>
        <translation>Cài đặt gói tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="222"/>
        <source>Content packs (*.panpack *.zip)</source>
        <translation>Gói tài liệu (*.panpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="229"/>
        <source>Checking and installing {name}…</source>
        <translation>Đang kiểm tra và cài đặt {name}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="236"/>
        <source>{id} {version} is already installed; nothing changed.</source>
        <translation>{id} {version} đã được cài đặt; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="238"/>
        <source>{id} upgraded from {previous} to {version}.</source>
        <translation>{id} đã được nâng cấp từ {previous} lên {version}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="240"/>
        <source>{id} {version} installed.</source>
        <translation>Đã cài đặt {id} {version}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="248"/>
        <source>{name} was not installed: {problems} found. Nothing was changed; fix the pack and install it again.</source>
        <translation>Chưa cài {name}: phát hiện {problems}. Không có gì bị thay đổi; hãy sửa gói tài liệu rồi cài lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="249"/>
        <source>The pack</source>
        <translation>Gói tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="304"/>
        <source>Library: training modules and technical guidelines</source>
        <translation>Thư viện: học phần tập huấn và hướng dẫn kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="307"/>
        <source>Audience:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="308"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="309"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="310"/>
        <source>Install a pack…</source>
        <translation>Cài đặt gói…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="311"/>
        <source>Install or update a module or guideline from a .panpack file, for example on a USB stick</source>
        <translation>Cài đặt hoặc cập nhật học phần, hướng dẫn kỹ thuật từ tệp .panpack, ví dụ trên USB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="318"/>
        <source>No content packs are installed yet. Run &apos;pan-desktop init&apos; or install a pack with &apos;pan-desktop content install PATH&apos; (a folder or a .panpack file).</source>
        <translation>Chưa cài đặt gói tài liệu nào. Hãy chạy &apos;pan-desktop init&apos; hoặc cài một gói bằng lệnh &apos;pan-desktop content install ĐƯỜNG_DẪN&apos; (một thư mục hoặc một tệp .panpack).</translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="291"/>
        <source>Overview and objectives</source>
        <translation>Tổng quan và mục tiêu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="294"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="78"/>
        <source>about {hours} hours</source>
        <translation>khoảng {hours} giờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="86"/>
        <source>Open {title}</source>
        <translation>Mở {title}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="85"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>PackReader</name>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="211"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="216"/>
        <source>{n} minutes</source>
        <translation>{n} phút</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="216"/>
        <location filename="../../pan_desktop/ui/library/reader.py" line="268"/>
        <source>Facilitator notes</source>
        <translation>Ghi chú cho người điều phối</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="216"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="217"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="217"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="217"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="218"/>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="218"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="218"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="219"/>
        <location filename="../../pan_desktop/ui/library/reader.py" line="273"/>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="219"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="219"/>
        <source>Done</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="220"/>
        <source>Good practice to check</source>
        <translation>Thực hành tốt cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="220"/>
        <source>What to look for</source>
        <translation>Cần quan sát gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="221"/>
        <source>{n} items · tick each box on a printed copy during the visit</source>
        <translation>{n} mục · đánh dấu từng ô trên bản in khi đến cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="222"/>
        <source>Also called</source>
        <translation>Còn gọi là</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="251"/>
        <source>Hide questions</source>
        <translation>Ẩn câu hỏi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="251"/>
        <source>Show questions</source>
        <translation>Hiện câu hỏi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="253"/>
        <source>Show or hide the knowledge check under the lesson</source>
        <translation>Hiện hoặc ẩn phần kiểm tra kiến thức dưới bài học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="267"/>
        <source>← Library</source>
        <translation>← Thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="269"/>
        <source>Show the notes for the person running the session</source>
        <translation>Hiện ghi chú dành cho người điều phối buổi học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="270"/>
        <source>Content language:</source>
        <translation>Ngôn ngữ nội dung:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="271"/>
        <source>Content language</source>
        <translation>Ngôn ngữ tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="272"/>
        <source>Back to the library</source>
        <translation>Quay lại thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="274"/>
        <source>Page text</source>
        <translation>Nội dung trang</translation>
    </message>
</context>
</TS>
