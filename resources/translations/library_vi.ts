<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="76"/>
        <source>Install PAN content updates</source>
        <translation>Cài đặt cập nhật tài liệu của PAN</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="77"/>
        <source>These packs are signed by PAN and ready to install. Your reading places stay where they are, except in removed lessons.</source>
        <translation>Các gói này có chữ ký số của PAN và sẵn sàng để cài đặt. Vị trí đang đọc của bạn được giữ nguyên, trừ trong những bài học bị bỏ đi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="82"/>
        <source>Install</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="89"/>
        <source>{n} pack(s) were refused and will not be installed.</source>
        <translation>{n} gói bị từ chối và sẽ không được cài đặt.</translation>
    </message>
</context>
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
    <name>ContentUpdater</name>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="146"/>
        <source>This computer is not enrolled with a hub yet: enrol it on the Sync page, or update from a folder (a USB stick from the secretariat).</source>
        <translation>Máy này chưa tham gia máy chủ nào: hãy đăng ký ở trang Đồng bộ, hoặc cập nhật từ một thư mục (USB do ban thư ký gửi).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="152"/>
        <source>Choose the folder with PAN&apos;s content (on the USB stick)</source>
        <translation>Chọn thư mục chứa tài liệu của PAN (trên USB)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="163"/>
        <source>Checking PAN&apos;s signed content…</source>
        <translation>Đang kiểm tra tài liệu có chữ ký số của PAN…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="171"/>
        <source>Your content is up to date.</source>
        <translation>Tài liệu của bạn đã là bản mới nhất.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="177"/>
        <source>PAN content updates</source>
        <translation>Cập nhật tài liệu của PAN</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="178"/>
        <source>{n} pack(s) can be updated: {size} to download. Download now?</source>
        <translation>Có {n} gói có thể cập nhật: cần tải về {size}. Tải về ngay?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="182"/>
        <source>Nothing was downloaded.</source>
        <translation>Chưa tải về gì.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="184"/>
        <source>Downloading PAN content…</source>
        <translation>Đang tải tài liệu của PAN…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="184"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="212"/>
        <source>Nothing was installed.</source>
        <translation>Không cài đặt gì.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="216"/>
        <source>Installing…</source>
        <translation>Đang cài đặt…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="222"/>
        <source>{n} pack(s) installed from PAN.</source>
        <translation>Đã cài đặt {n} gói của PAN.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="235"/>
        <source>{n} pack(s) were refused and nothing of them was installed:</source>
        <translation>{n} gói bị từ chối và không phần nào của chúng được cài đặt:</translation>
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
        <location filename="../../pan_desktop/ui/library/library_page.py" line="187"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="214"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="243"/>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="248"/>
        <source>Install a content pack</source>
        <translation>Cài đặt gói tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="249"/>
        <source>Content packs (*.panpack *.zip)</source>
        <translation>Gói tài liệu (*.panpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="256"/>
        <source>Checking and installing {name}…</source>
        <translation>Đang kiểm tra và cài đặt {name}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="263"/>
        <source>{id} {version} is already installed; nothing changed.</source>
        <translation>{id} {version} đã được cài đặt; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="265"/>
        <source>{id} upgraded from {previous} to {version}.</source>
        <translation>{id} đã được nâng cấp từ {previous} lên {version}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="267"/>
        <source>{id} {version} installed.</source>
        <translation>Đã cài đặt {id} {version}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="275"/>
        <source>{name} was not installed: {problems} found. Nothing was changed; fix the pack and install it again.</source>
        <translation>Chưa cài {name}: phát hiện {problems}. Không có gì bị thay đổi; hãy sửa gói tài liệu rồi cài lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="276"/>
        <source>The pack</source>
        <translation>Gói tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="331"/>
        <source>Library: training modules and technical guidelines</source>
        <translation>Thư viện: học phần tập huấn và hướng dẫn kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="334"/>
        <source>Audience:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="335"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="336"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="337"/>
        <source>Install a pack…</source>
        <translation>Cài đặt gói…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="338"/>
        <source>Update content</source>
        <translation>Cập nhật tài liệu</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="339"/>
        <source>Install the modules and guidelines PAN published, checked against PAN&apos;s signatures</source>
        <translation>Cài đặt các học phần và hướng dẫn kỹ thuật do PAN phát hành, đã đối chiếu với chữ ký số của PAN</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="342"/>
        <source>From the hub</source>
        <translation>Từ máy chủ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="343"/>
        <source>From a folder (USB stick)…</source>
        <translation>Từ một thư mục (USB)…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="344"/>
        <source>Install a module or guideline from a .panpack file that PAN did not sign (you are asked first)</source>
        <translation>Cài đặt một học phần hoặc hướng dẫn từ tệp .panpack không có chữ ký số của PAN (bạn sẽ được hỏi trước)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="351"/>
        <source>No content packs are installed yet. Press &quot;Update content&quot; to get PAN&apos;s modules and guidelines from the hub or from a USB stick.</source>
        <translation>Chưa có gói tài liệu nào. Hãy bấm &quot;Cập nhật tài liệu&quot; để nhận các học phần và hướng dẫn của PAN từ máy chủ của mạng lưới hoặc từ USB.</translation>
    </message>
</context>
<context>
    <name>LibraryUpdates</name>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="24"/>
        <source>Not from PAN</source>
        <translation>Không phải của PAN</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="25"/>
        <source>Nothing proves that {name} comes from PAN: it was not signed by the network. Install it only if you trust the person who gave it to you. The Library will label it “not from PAN”.</source>
        <translation>Không có gì chứng minh {name} là của PAN: tệp này không có chữ ký số của mạng lưới. Chỉ cài đặt nếu bạn tin người đã đưa nó cho bạn. Thư viện sẽ ghi nhãn “không phải của PAN”.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="29"/>
        <source>Install anyway</source>
        <translation>Vẫn cài đặt</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="37"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="38"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="44"/>
        <source>Content as of {date}: it came from a copy (such as a USB stick) whose signatures are older than a few days. It is genuine, but there may be newer content; connect to the hub to check.</source>
        <translation>Tài liệu tính đến ngày {date}: tài liệu đến từ một bản sao (ví dụ USB) có chữ ký số đã cũ hơn vài ngày. Tài liệu là bản thật, nhưng có thể đã có bản mới hơn; hãy kết nối với máy chủ để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="50"/>
        <source>lesson</source>
        <translation>bài học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="50"/>
        <source>knowledge check</source>
        <translation>câu hỏi kiểm tra kiến thức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="51"/>
        <source>checklist item</source>
        <translation>mục bảng kiểm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="52"/>
        <source>added</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="52"/>
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="53"/>
        <source>removed</source>
        <translation>bỏ đi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="57"/>
        <source>{title}: version {old} → {new}</source>
        <translation>{title}: phiên bản {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="58"/>
        <source>{title}: new, version {new}</source>
        <translation>{title}: mới, phiên bản {new}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/updates.py" line="65"/>
        <source>(no lesson, check or checklist item changes)</source>
        <translation>(không thay đổi bài học, câu hỏi hay mục bảng kiểm nào)</translation>
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
        <location filename="../../pan_desktop/ui/library/library_page.py" line="86"/>
        <source>about {hours} hours</source>
        <translation>khoảng {hours} giờ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="94"/>
        <source>Not from PAN: installed from a file nobody signed</source>
        <translation>Không phải của PAN: cài từ một tệp không có chữ ký số</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="95"/>
        <source>Open {title}</source>
        <translation>Mở {title}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/library_page.py" line="93"/>
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
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="10"/>
        <source>{pack} {installed} is installed, newer than {offered}. Nothing was changed. To go back to an older version, remove the pack first.</source>
        <translation>Máy đã cài {pack} {installed}, mới hơn {offered}. Không có gì thay đổi. Muốn quay lại phiên bản cũ hơn, hãy gỡ gói này trước.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="12"/>
        <source>This pack came with PAN Desktop and cannot be removed: it would come back at the next start. Nothing was changed.</source>
        <translation>Gói này đi kèm PAN Desktop nên không gỡ được: nó sẽ trở lại ở lần khởi động sau. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="14"/>
        <source>Another content update or installation is running on this computer. Wait for it to finish and try again.</source>
        <translation>Một lần cập nhật hoặc cài đặt tài liệu khác đang chạy trên máy này. Hãy đợi xong rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="16"/>
        <source>PAN Desktop cannot check PAN&apos;s signatures: a file of the app is missing. Reinstall PAN Desktop.</source>
        <translation>PAN Desktop không kiểm tra được chữ ký số của PAN: thiếu một tệp của ứng dụng. Hãy cài đặt lại PAN Desktop.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="18"/>
        <source>This computer is not enrolled with a hub. Enrol it on the Sync page, or update from a folder (a USB stick from the secretariat).</source>
        <translation>Máy này chưa tham gia máy chủ nào. Hãy đăng ký ở trang Đồng bộ, hoặc cập nhật từ một thư mục (USB do ban thư ký gửi).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="20"/>
        <source>This folder does not hold PAN&apos;s content. Choose the folder that the secretariat exported (it has a folder named metadata inside).</source>
        <translation>Thư mục này không chứa tài liệu của PAN. Hãy chọn thư mục mà ban thư ký đã xuất (bên trong có thư mục tên metadata).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="22"/>
        <source>The update was refused: its signatures do not check out. Nothing was installed or changed. Tell your secretariat.</source>
        <translation>Bản cập nhật bị từ chối: chữ ký số không hợp lệ. Không có gì được cài đặt hay thay đổi. Hãy báo cho ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="24"/>
        <source>The update was refused: it is not signed by PAN. Nothing was installed or changed. Tell your secretariat where it came from.</source>
        <translation>Bản cập nhật bị từ chối: không có chữ ký số của PAN. Không có gì được cài đặt hay thay đổi. Hãy báo cho ban thư ký biết nó đến từ đâu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="26"/>
        <source>The update was refused: it is older than what this computer has already seen, or mixed from different publications. Nothing was installed or changed.</source>
        <translation>Bản cập nhật bị từ chối: nó cũ hơn bản máy này đã nhận, hoặc bị trộn từ các lần phát hành khác nhau. Không có gì được cài đặt hay thay đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="29"/>
        <source>The hub&apos;s signed list of content has expired, so it cannot prove it is current. Nothing was installed. Tell your secretariat; a USB copy can still be installed.</source>
        <translation>Danh sách tài liệu có chữ ký số của máy chủ đã hết hạn nên không chứng minh được là mới nhất. Không có gì được cài đặt. Hãy báo cho ban thư ký; bản sao trên USB vẫn cài được.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="32"/>
        <source>A file was changed on the way and does not match PAN&apos;s signature. It was not installed; try again, or ask for a new copy.</source>
        <translation>Một tệp đã bị thay đổi trên đường truyền và không khớp với chữ ký số của PAN. Tệp không được cài đặt; hãy thử lại hoặc xin một bản sao mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="34"/>
        <source>A file is larger than PAN signed it to be, so it was changed on the way. It was not installed; try again, or ask for a new copy.</source>
        <translation>Một tệp lớn hơn kích thước PAN đã ký, nên đã bị thay đổi trên đường truyền. Tệp không được cài đặt; hãy thử lại hoặc xin một bản sao mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="36"/>
        <source>The download stopped or was too slow. What arrived is kept: try again later and it continues where it stopped.</source>
        <translation>Việc tải về bị dừng hoặc quá chậm. Phần đã tải được giữ lại: hãy thử lại sau, việc tải sẽ tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="38"/>
        <source>No PAN content was found there. Check the hub&apos;s address, or that the whole folder was copied to the USB stick.</source>
        <translation>Không tìm thấy tài liệu của PAN ở đó. Hãy kiểm tra địa chỉ máy chủ, hoặc xem cả thư mục đã được chép sang USB chưa.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="40"/>
        <source>The hub could not be reached, or the connection broke. Nothing was installed; try again when you are connected.</source>
        <translation>Không kết nối được với máy chủ, hoặc kết nối bị ngắt. Không có gì được cài đặt; hãy thử lại khi có kết nối.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="42"/>
        <source>A pack does not pass the checks every pack must pass. It was not installed; tell your secretariat.</source>
        <translation>Một gói không qua được các bước kiểm tra mà mọi gói phải qua. Gói không được cài đặt; hãy báo cho ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="44"/>
        <source>The hub offers a file that is not a content pack; it was left alone.</source>
        <translation>Máy chủ đưa ra một tệp không phải gói tài liệu; tệp đó được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="46"/>
        <source>Nothing proves this pack comes from PAN. Install it only if you trust where it came from.</source>
        <translation>Không có gì chứng minh gói này là của PAN. Chỉ cài đặt nếu bạn tin nguồn gốc của nó.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/library/messages.py" line="48"/>
        <source>This folder holds PAN&apos;s signed content, not a single pack: use Update content, From a folder.</source>
        <translation>Thư mục này chứa tài liệu có chữ ký số của PAN, không phải một gói riêng lẻ: hãy dùng Cập nhật tài liệu, Từ một thư mục.</translation>
    </message>
</context>
</TS>
