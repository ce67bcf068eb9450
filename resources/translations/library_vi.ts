<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CheckCard</name>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="53"/>
        <source>Question {n}</source>
        <translation>Câu hỏi {n}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="57"/>
        <source>Check answer</source>
        <translation>Kiểm tra đáp án</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="78"/>
        <source>Correct.</source>
        <translation>Chính xác.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="81"/>
        <source>Not quite. The answer is: {answer}</source>
        <translation>Chưa đúng. Đáp án là: {answer}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="140"/>
        <source>Score: {correct} of {total} ({answered} answered)</source>
        <translation>Điểm: {correct}/{total} (đã trả lời {answered} câu)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/checks.py" line="145"/>
        <source>Knowledge check</source>
        <translation>Kiểm tra kiến thức</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="118"/>
        <source>{shown} of {total} terms</source>
        <translation>{shown}/{total} thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="122"/>
        <source>No term matches. Try fewer words, or the other language.</source>
        <translation>Không có thuật ngữ phù hợp. Hãy thử ít từ hơn, hoặc dùng ngôn ngữ kia.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="131"/>
        <source>Also called</source>
        <translation>Còn gọi là</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="134"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/glossary_page.py" line="135"/>
        <source>Search a term in Vietnamese or English (diacritics optional)</source>
        <translation>Tìm thuật ngữ bằng tiếng Việt hoặc tiếng Anh (có dấu hay không dấu đều được)</translation>
    </message>
</context>
<context>
    <name>GuidelineView</name>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="261"/>
        <source>Overview and objectives</source>
        <translation>Tổng quan và mục tiêu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="261"/>
        <source>Sections by aspect</source>
        <translation>Các phần theo khía cạnh</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="266"/>
        <source>Site checklists</source>
        <translation>Bảng kiểm tại cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="269"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="158"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="179"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="208"/>
        <source>{shown} of {total} packs</source>
        <translation>{shown}/{total} tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="213"/>
        <source>Install a content pack</source>
        <translation>Cài đặt gói tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="214"/>
        <source>Content packs (*.panpack *.zip)</source>
        <translation>Gói tài liệu (*.panpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="221"/>
        <source>Checking and installing {name}…</source>
        <translation>Đang kiểm tra và cài đặt {name}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="228"/>
        <source>{id} {version} is already installed; nothing changed.</source>
        <translation>{id} {version} đã được cài đặt; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="230"/>
        <source>{id} upgraded from {previous} to {version}.</source>
        <translation>{id} đã được nâng cấp từ {previous} lên {version}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="232"/>
        <source>{id} {version} installed.</source>
        <translation>Đã cài đặt {id} {version}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="275"/>
        <source>Library: training modules and technical guidelines</source>
        <translation>Thư viện: học phần tập huấn và hướng dẫn kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="276"/>
        <source>Audience:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="277"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="278"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="279"/>
        <source>Install a pack…</source>
        <translation>Cài đặt gói…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="280"/>
        <source>Install or update a module or guideline from a .panpack file, for example on a USB stick</source>
        <translation>Cài đặt hoặc cập nhật học phần, hướng dẫn kỹ thuật từ tệp .panpack, ví dụ trên USB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="281"/>
        <source>No content packs are installed yet. Run &apos;pan-desktop init&apos; or install a pack with &apos;pan-desktop content install PATH&apos; (a folder or a .panpack file).</source>
        <translation>Chưa cài đặt gói tài liệu nào. Hãy chạy &apos;pan-desktop init&apos; hoặc cài một gói bằng lệnh &apos;pan-desktop content install ĐƯỜNG_DẪN&apos; (một thư mục hoặc một tệp .panpack).</translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="250"/>
        <source>Overview and objectives</source>
        <translation>Tổng quan và mục tiêu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="253"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="74"/>
        <source>about {hours} hours</source>
        <translation>khoảng {hours} giờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="75"/>
        <source>{n} lessons</source>
        <translation>{n} bài</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="75"/>
        <source>{n} sections</source>
        <translation>{n} phần</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="81"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>PackReader</name>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="202"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="207"/>
        <source>{n} minutes</source>
        <translation>{n} phút</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="207"/>
        <location filename="../../pan_desktop/ui/library/reader.py" line="232"/>
        <source>Facilitator notes</source>
        <translation>Ghi chú cho người điều phối</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="207"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="208"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="208"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="208"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="209"/>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="209"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="209"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="210"/>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="210"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="210"/>
        <source>Done</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="211"/>
        <source>Good practice to check</source>
        <translation>Thực hành tốt cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="211"/>
        <source>What to look for</source>
        <translation>Cần quan sát gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="212"/>
        <source>{n} items · tick each box on a printed copy during the visit</source>
        <translation>{n} mục · đánh dấu từng ô trên bản in khi đến cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="213"/>
        <source>Also called</source>
        <translation>Còn gọi là</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="231"/>
        <source>← Library</source>
        <translation>← Thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="233"/>
        <source>Show the notes for the person running the session</source>
        <translation>Hiện ghi chú dành cho người điều phối buổi học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/reader.py" line="234"/>
        <source>Content language:</source>
        <translation>Ngôn ngữ nội dung:</translation>
    </message>
</context>
</TS>
